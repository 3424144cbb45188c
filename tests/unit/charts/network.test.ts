import { describe, expect, test } from 'vitest';
import { layoutNetwork, type NetworkInput } from '../../../src/lib/charts/network';

const center: NetworkInput = { id: 'me', kind: 'official', label: 'Me', count: 5, href: '/officials/me/' };
const parties: NetworkInput[] = [
  { id: 'p1', kind: 'official', label: 'Person One', count: 4, href: '/officials/p1/' },
  { id: 'p2', kind: 'official', label: 'Person Two', count: 1, href: '/officials/p2/' },
  { id: 'org:o1', kind: 'organization', label: 'Org One', count: 2, href: '/organizations/o1/' },
];
const links = [{ source: 'p1', target: 'org:o1' }];

describe('layoutNetwork', () => {
  test('is deterministic: two runs give the same layout', () => {
    expect(layoutNetwork(center, parties, links)).toEqual(layoutNetwork(center, parties, links));
  });

  test('keeps every node inside the view box and sizes nodes by count', () => {
    const layout = layoutNetwork(center, parties, links, { width: 640, height: 340 });
    for (const node of [layout.center, ...layout.nodes]) {
      expect(node.x).toBeGreaterThanOrEqual(0);
      expect(node.x).toBeLessThanOrEqual(640);
      expect(node.y).toBeGreaterThanOrEqual(0);
      expect(node.y).toBeLessThanOrEqual(340);
    }
    const radius = Object.fromEntries(layout.nodes.map((node) => [node.id, node.r]));
    expect(radius.p1).toBeGreaterThan(radius['org:o1']!);
    expect(radius['org:o1']).toBeGreaterThan(radius.p2!);
  });

  test('draws an edge from the centre to each party, plus the given links', () => {
    const layout = layoutNetwork(center, parties, links);
    expect(layout.edges).toHaveLength(4);
    const p1 = layout.nodes.find((node) => node.id === 'p1')!;
    const org = layout.nodes.find((node) => node.id === 'org:o1')!;
    expect(layout.edges).toContainEqual({ x1: p1.x, y1: p1.y, x2: org.x, y2: org.y });
  });

  test('spreads nodes apart', () => {
    const layout = layoutNetwork(center, parties, []);
    const all = [layout.center, ...layout.nodes];
    for (const a of all) for (const b of all) if (a !== b) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(10);
  });
});

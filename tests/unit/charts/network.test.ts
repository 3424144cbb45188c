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

  // The largest network a page draws: 12 people and 6 organizations (getOfficialNetwork's limits).
  const people = Array.from({ length: 12 }, (_, index): NetworkInput => ({ id: `p${index}`, kind: 'official', label: `Person ${index}`, count: 12 - index, href: '#' }));
  const organizations = Array.from({ length: 6 }, (_, index): NetworkInput => ({ id: `org:o${index}`, kind: 'organization', label: 'O'.repeat(40), count: 6 - index, href: '#' }));

  test.each([
    ['two people for each organization', people.map((person, index) => ({ source: person.id, target: `org:o${index % 6}` }))],
    ['every person for one organization', people.map((person) => ({ source: person.id, target: 'org:o3' }))],
    ['no link between them', []],
  ])('places a full network (%s) without touching nodes, labels on their own lines and within the view box', (_, personLinks) => {
    const layout = layoutNetwork(center, [...people, ...organizations], personLinks);
    const all = [layout.center, ...layout.nodes];
    for (const a of all) for (const b of all) if (a !== b) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(a.r + b.r + 4);
    for (const side of ['start', 'end'] as const) {
      const ys = layout.nodes.filter((node) => node.anchor === side).map((node) => node.y).sort((a, b) => a - b);
      expect(ys.length).toBeLessThanOrEqual(10);
      // Labels are 11px high, written beside their node: each needs its own line.
      for (let index = 1; index < ys.length; index += 1) expect(ys[index]! - ys[index - 1]!).toBeGreaterThanOrEqual(14);
    }
    for (const node of layout.nodes) {
      // A label of at most 26 characters (about 6 units each at 11px) fits between its node and the edge.
      const room = node.anchor === 'start' ? layout.width - (node.x + node.r + 3) : node.x - node.r - 3;
      expect(room).toBeGreaterThanOrEqual(26 * 5.8);
      expect(node.shortLabel.length).toBeLessThanOrEqual(26);
    }
  });

  test('keeps an organization and its people on one arc when the arcs stay even', () => {
    // Groups of 4, 4, 3, 3 and 3 nodes, and an organization alone: cutting the ring in its middle (9) would split one.
    const layout = layoutNetwork(center, [...people, ...organizations], people.map((person, index) => ({ source: person.id, target: `org:o${index % 5}` })));
    const side = new Map(layout.nodes.map((node) => [node.id, node.anchor]));
    people.forEach((person, index) => expect(side.get(person.id)).toBe(side.get(`org:o${index % 5}`)));
  });

  test('puts each organization right after the people linked to it', () => {
    const layout = layoutNetwork(center, parties, links);
    // Clockwise order on the arcs: p1 then its organization, then p2 on the other arc.
    const p1 = layout.nodes.find((node) => node.id === 'p1')!;
    const org = layout.nodes.find((node) => node.id === 'org:o1')!;
    expect(p1.anchor).toBe('start');
    expect(org.anchor).toBe('start');
    expect(org.y).toBeGreaterThan(p1.y);
  });
});

import { scaleSqrt } from 'd3-scale';
import { round, truncate } from './round';

/** A party an official met: a person or an organization, with how many meetings. */
export interface NetworkInput {
  id: string;
  kind: 'official' | 'organization';
  label: string;
  count: number;
  href: string;
}

/** A link between two nodes of the network, e.g. a person and the organization they spoke for. */
export interface NetworkEdgeInput {
  source: string;
  target: string;
}

/** A placed node; the centre node has id `center`. */
export interface NetworkNode extends NetworkInput {
  x: number;
  y: number;
  r: number;
  shortLabel: string;
  /** Which side of the node its label is written on. */
  anchor: 'start' | 'end';
}

/** A placed edge. */
export interface NetworkEdge {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** What the network chart draws. */
export interface NetworkLayout {
  width: number;
  height: number;
  center: NetworkNode;
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

/** Widest label, in characters: longer ones end with an ellipsis. */
const LABEL_CHARS = 26;

/**
 * Places an official in the centre and the people and organizations they met on two arcs around them, right then
 * left, clockwise from the top: each organization comes right after the people who spoke for it, so that the links
 * between them are short, and every label points away from the centre, on its own line. Node area grows with the
 * count. The placement is computed, not simulated: deterministic by construction, and cheap (the force simulation it
 * replaces took 5.9 s of a 75 s CPU profile of a 10,000-article build on one thread), with labels that do not overlap.
 */
export function layoutNetwork(
  center: NetworkInput,
  parties: NetworkInput[],
  links: NetworkEdgeInput[],
  options: { width?: number; height?: number } = {},
): NetworkLayout {
  const { width = 640, height = 340 } = options;
  const radius = scaleSqrt().domain([0, Math.max(1, ...parties.map((party) => party.count))]).range([3, 13]);
  const ids = new Set([center.id, ...parties.map((party) => party.id)]);
  const pairs = [
    ...parties.map((party) => ({ source: center.id, target: party.id })),
    ...links.filter((link) => ids.has(link.source) && ids.has(link.target) && link.source !== center.id),
  ];
  const [rightArc, leftArc] = splitArcs(ringGroups(parties, pairs));
  // Room beside the arcs for the largest node and a label of LABEL_CHARS (11px type: about 150 units), and above and
  // below them for the largest node.
  const rx = Math.max(0, width / 2 - 170);
  const ry = Math.max(0, height / 2 - 22);
  const cx = width / 2;
  const cy = height / 2;
  const place = (input: NetworkInput, r: number, x: number, y: number): NetworkNode => ({
    ...input,
    x: round(x),
    y: round(y),
    r: round(r),
    shortLabel: truncate(input.label, LABEL_CHARS),
    anchor: x < cx ? 'end' : 'start',
  });
  // Right arc from top to bottom, then left arc from bottom to top; each spans 120 degrees around the horizontal,
  // leaving the top and bottom clear, where labels would run into each other.
  const onArc = (arc: NetworkInput[], side: 1 | -1) =>
    arc.map((party, position) => {
      const angle = (((position + 0.5) / arc.length) * 2 - 1) * (Math.PI / 3);
      return place(party, radius(party.count), cx + side * rx * Math.cos(angle), cy + side * ry * Math.sin(angle));
    });
  const nodes = [...onArc(rightArc, 1), ...onArc(leftArc, -1)];
  const centerNode = place(center, 15, cx, cy);
  const placed = new Map([centerNode, ...nodes].map((node) => [node.id, node]));
  const edges = pairs.map((link) => {
    const a = placed.get(link.source)!;
    const b = placed.get(link.target)!;
    return { x1: a.x, y1: a.y, x2: b.x, y2: b.y };
  });
  // Nodes in the order they were given, as the chart's legend lists them.
  const byId = new Map(nodes.map((node) => [node.id, node]));
  return { width, height, center: centerNode, nodes: parties.map((party) => byId.get(party.id)!), edges };
}

/**
 * The order of the parties around the centre, as groups that stay on one arc: each organization after the people
 * linked to it (people in the order given, each before the first organization they are linked to), then each person
 * linked to none, then each organization linked to nobody.
 */
function ringGroups(parties: NetworkInput[], pairs: NetworkEdgeInput[]): NetworkInput[][] {
  const people = parties.filter((party) => party.kind !== 'organization');
  const organizations = parties.filter((party) => party.kind === 'organization');
  const personIds = new Set(people.map((person) => person.id));
  const firstOrganization = new Map<string, string>();
  for (const organization of organizations) {
    for (const pair of pairs) {
      const person = pair.target === organization.id ? pair.source : pair.source === organization.id ? pair.target : undefined;
      if (person !== undefined && personIds.has(person) && !firstOrganization.has(person)) firstOrganization.set(person, organization.id);
    }
  }
  const groups: NetworkInput[][] = [];
  for (const organization of organizations) {
    const members = people.filter((person) => firstOrganization.get(person.id) === organization.id);
    if (members.length > 0) groups.push([...members, organization]);
  }
  for (const person of people) if (!firstOrganization.has(person.id)) groups.push([person]);
  const linked = new Set(firstOrganization.values());
  for (const organization of organizations) if (!linked.has(organization.id)) groups.push([organization]);
  return groups;
}

/**
 * Splits the groups into the right arc and the left one, as evenly as whole groups allow: a group on both arcs draws
 * its links across the bottom of the chart. When whole groups would crowd an arc with more than one node over half,
 * the ring is cut in the middle instead.
 */
function splitArcs(groups: NetworkInput[][]): [NetworkInput[], NetworkInput[]] {
  const ring = groups.flat();
  const half = ring.length / 2;
  let cut = 0;
  let count = 0;
  for (const group of groups) {
    count += group.length;
    if (Math.abs(half - count) < Math.abs(half - cut)) cut = count;
  }
  if (Math.max(cut, ring.length - cut) > Math.ceil(half) + 1) cut = Math.ceil(half);
  return [ring.slice(0, cut), ring.slice(cut)];
}

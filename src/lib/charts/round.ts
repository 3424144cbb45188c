/**
 * Rounds a coordinate to one decimal, so the SVG stays small and byte-identical across builds.
 * @example round(12.3456) // 12.3
 */
export function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * Shortens a label to a number of characters, ending with an ellipsis when cut.
 * @example truncate('Amazon Web Services', 10) // "Amazon We…"
 */
export function truncate(label: string, max: number): string {
  return label.length <= max ? label : `${label.slice(0, max - 1).trimEnd()}…`;
}

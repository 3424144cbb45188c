/** The parts of a Zod issue needed to explain it. */
interface Issue {
  path: PropertyKey[];
  message: string;
}

/**
 * Formats schema issues one per line with a readable path.
 * @example formatIssues([{ path: ['meetings', 0, 'date'], message: 'expected YYYY-MM-DD or YYYY-MM' }])
 * // "  - meetings[0].date: expected YYYY-MM-DD or YYYY-MM"
 */
export function formatIssues(issues: readonly Issue[]): string {
  return issues
    .map((issue) => {
      const where = issue.path
        .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
        .join('');
      return `  - ${where === '' ? '(top level)' : where}: ${issue.message}`;
    })
    .join('\n');
}

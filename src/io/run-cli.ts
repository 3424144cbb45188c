/**
 * Runs a command-line entry point: its resolved number is the exit code; a thrown error is printed on one line,
 * without a stack trace (curated-data and override errors already name their file), as "<name> failed: ...".
 */
export function runCli(name: string, main: () => Promise<number>): void {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      const hint = error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS') ? ' (see --help)' : '';
      console.error(`${name} failed: ${error instanceof Error ? error.message : String(error)}${hint}`);
      process.exitCode = 1;
    },
  );
}

/**
 * Node's arguments to run one of the project's TypeScript scripts (a path relative to the working directory, whose
 * `node_modules` holds tsx): tsx's loader in the same process. The `tsx` command would start a second Node process to
 * run it, about 0.2 s and 50 MiB more per script.
 */
export function tsScriptArgs(script: string, ...args: string[]): string[] {
  return ['--import', 'tsx', script, ...args];
}

/**
 * V8's settings for the ingest, however it is started (`npm run ingest`, whose script in package.json repeats them, the
 * build and the benchmark): a young generation of at most 32 MiB per semi-space. With V8's default of 16, the main
 * thread, which keeps what it resolves, spent 5.1 s of a cold 100,000-article ingest in 199 scavenges; with 32, the
 * ingest took 52.1–53.2 s against 54.8–55.4 s, with 110 MB less at the peak, and 7.3–8.6 s against 7.6–9.5 s at
 * 10,000 articles (2026-11-25, docs/performance.md). 64 was no faster.
 */
export const INGEST_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=32'];

/** Node's arguments to run `scripts/ingest.ts` with `args`, and its V8 settings. */
export function ingestScriptArgs(...args: string[]): string[] {
  return [...INGEST_NODE_FLAGS, ...tsScriptArgs('scripts/ingest.ts', ...args)];
}

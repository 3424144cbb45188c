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

/*
 * A task run in a worker thread of the build script: the thread computes one result from its workerData and sends it
 * back, or why it failed. The build script runs with tsx's loader, which its worker threads inherit: a task's file
 * imports project modules.
 */
import { parentPort, Worker, workerData } from 'node:worker_threads';

type TaskReply<Result> = { result: Result } | { error: string };

/**
 * In the worker thread: runs the task on the thread's workerData and sends back its result (which must survive a
 * structured clone) or why it failed.
 */
export function answerTask<Result>(task: (input: never) => Promise<Result>): void {
  const port = parentPort;
  if (port === null) throw new Error('answerTask runs in a worker thread');
  task(workerData as never).then(
    (result) => port.postMessage({ result } satisfies TaskReply<Result>),
    (error: unknown) => port.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies TaskReply<Result>),
  );
}

/**
 * Runs the task of `file` in a worker thread, whose heap goes with it; resolves with its result.
 * @param name what the task does, for the error messages
 */
export function runTask<Result>(file: URL, input: unknown, name: string): Promise<Result> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(file, { workerData: input });
    let settled = false;
    worker.on('message', (reply: TaskReply<Result>) => {
      settled = true;
      if ('result' in reply) resolve(reply.result);
      else reject(new Error(`${name}: ${reply.error}`));
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (!settled) reject(new Error(`${name}: the worker thread exited with code ${code}`));
    });
  });
}

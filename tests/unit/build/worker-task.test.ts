import { describe, expect, test } from 'vitest';
import { runTask } from '../../../src/build/worker-task';

const task = new URL('./fixtures/worker-task.mjs', import.meta.url);

describe('runTask', () => {
  test('resolves with what the thread computed from its input', async () => {
    await expect(runTask(task, 21, 'doubling')).resolves.toEqual({ doubled: 42 });
  });

  test('rejects with why the task failed, named', async () => {
    await expect(runTask(task, -1, 'doubling')).rejects.toThrow(/^doubling: Error: negative: -1/);
  });

  test('rejects when the thread ends without an answer', async () => {
    await expect(runTask(task, 0, 'doubling')).rejects.toThrow('doubling: the worker thread exited with code 3');
  });
});

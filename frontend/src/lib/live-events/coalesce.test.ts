import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { coalesce } from './coalesce';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** A task whose runs the test ends by hand. */
function controlledTask() {
  const finishers: Array<() => void> = [];
  const task = vi.fn(() => new Promise<void>((resolve) => finishers.push(resolve)));
  return { task, finish: () => finishers.shift()?.() };
}

describe('coalesce', () => {
  it('when ten thousand triggers come in one burst, then the task runs once, after the window', async () => {
    const { task, finish } = controlledTask();
    const batch = coalesce(task, 250);
    for (let i = 0; i < 10_000; i++) batch.trigger();
    expect(task).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(250);
    expect(task).toHaveBeenCalledTimes(1);
    finish();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('when triggers come while the task runs, then it runs once more after it ends, never twice at once', async () => {
    const { task, finish } = controlledTask();
    const batch = coalesce(task, 250);
    batch.trigger();
    await vi.advanceTimersByTimeAsync(250);
    batch.trigger();
    batch.trigger();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(task).toHaveBeenCalledTimes(1);
    finish();
    await vi.advanceTimersByTimeAsync(250);
    expect(task).toHaveBeenCalledTimes(2);
  });

  it('when stopped, then a pending run does not happen', async () => {
    const { task } = controlledTask();
    const batch = coalesce(task, 250);
    batch.trigger();
    batch.stop();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(task).not.toHaveBeenCalled();
  });
});

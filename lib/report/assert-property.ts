/**
 * fc.assert for node's test runner: fast-check puts the failing assertion in
 * `cause`, which the runner does not print, so the message is surfaced here.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';

export async function assertProperty<T>(property: fc.IAsyncProperty<T>, params: fc.Parameters<T>): Promise<void> {
  const details = await fc.check(property, params);
  if (!details.failed) return;
  const reason = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  assert.fail(`failed after ${details.numRuns} runs on ${JSON.stringify(details.counterexample)}: ${reason}`);
}

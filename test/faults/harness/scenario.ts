/**
 * The jest side of a fault scenario: the findings every scenario must satisfy, as named tests, and the logs of
 * every process printed once when any of them fails.
 */
import { type CommandFindings, type DeadlineFindings, type HttpFindings, show } from './checks';
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './processes';
import type { Stage } from './stage';

export interface Findings {
  commands: CommandFindings;
  deadlines: DeadlineFindings;
  http: HttpFindings;
}

export function print(text: string): void {
  process.stdout.write(`${text}\n`);
}

/** `it` that remembers a failure, so afterAll prints the processes' logs once. */
export function scenarioTests(stage: () => Stage | undefined) {
  let failed = false;
  const test = (name: string, fn: () => Promise<void> | void, timeout?: number) =>
    it(
      name,
      async () => {
        try {
          await fn();
        } catch (err) {
          failed = true;
          throw err;
        }
      },
      timeout,
    );
  const after = async () => {
    const s = stage();
    if (!s) return;
    await s.close();
    if (failed) {
      // the suite's directory goes at the end of the run: keep this scenario's logs where a developer finds them
      const kept = join(repoRoot(), '.regie', 'fault-logs', s.name);
      rmSync(kept, { recursive: true, force: true });
      cpSync(s.dir, kept, { recursive: true });
      print(`\n[faults] ${s.name} failed; full logs in ${kept}; their last lines:\n${s.tails()}`);
    }
  };
  const markFailed = () => (failed = true);
  return { test, after, markFailed };
}

/** The invariants of every scenario: nothing lost, nothing doubled, every deadline on time, no 500. */
export function commonInvariants(
  test: (name: string, fn: () => void) => void,
  findings: () => Findings | undefined,
): void {
  const get = (): Findings => {
    const f = findings();
    if (!f) throw new Error('the scenario did not run to its checks (see the error of beforeAll)');
    return f;
  };

  test('loses no acknowledged command: each one is in the case history', () => {
    const { commands } = get();
    expect(commands.acknowledged).toBeGreaterThan(0);
    expect(commands.lost).toEqual([]);
    expect(commands.inHistory).toBe(commands.acknowledged);
  });

  test('doubles nothing: one history entry per Idempotency-Key and per deadline firing', () => {
    const { commands, deadlines } = get();
    expect(commands.duplicated).toEqual([]);
    expect(deadlines.duplicated).toEqual([]);
    expect(deadlines.badCausation).toEqual([]);
    expect(deadlines.missedWithoutHistory).toEqual([]);
  });

  test('acknowledges every command in the end (retried with the same key), refuses none', () => {
    const { commands } = get();
    expect(commands.refusals).toEqual([]);
    expect(commands.gaveUp).toBe(0);
    expect(commands.rejected).toBe(0);
  });

  test('fires every due deadline exactly once within its bound (sweep interval + 5 s after due or after the fault)', () => {
    const { deadlines } = get();
    expect(deadlines.due).toBeGreaterThan(0);
    expect({
      unfired: deadlines.unfired.length,
      late: deadlines.late.length,
      undecided: deadlines.pendingWithinBound,
      examples: [...deadlines.unfired, ...deadlines.late].slice(0, 5),
    }).toEqual({ unfired: 0, late: 0, undecided: 0, examples: [] });
    expect(deadlines.fired).toBe(deadlines.due);
  });

  test('answers no 5xx (503 with Retry-After only while Postgres is down)', () => {
    const { http } = get();
    expect(show(http.serverErrors)).toBe('');
    expect(show(http.stray503)).toBe('');
    expect(show(http.without503RetryAfter)).toBe('');
  });

  test('cuts no accepted request and leaves none without an answer', () => {
    const { http } = get();
    expect(show(http.cut)).toBe('');
    expect(show(http.unanswered)).toBe('');
  });
}

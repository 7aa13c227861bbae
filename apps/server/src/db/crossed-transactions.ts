// Two transactions that wait for each other's rows (a deadlock, SQLSTATE 40P01) or that a stricter
// isolation level could not order (a serialization failure, 40001): PostgreSQL rolls one of them
// back whole, so nothing it wrote is kept and the same work can run again from its start. Many
// writes give their mutual a new data version (migrations 0061, 0104–0107) in the order they write
// tables, so two writes of one mutual in opposite orders can cross this way (decision 86).

/** True when PostgreSQL rolled the transaction back because it crossed another one. */
export function transactionsCrossed(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '40P01' || code === '40001';
}

/** How many times a transaction's work runs at most when it keeps crossing others (decision 86). */
export const CROSSED_TRANSACTION_ATTEMPTS = 3;

/**
 * Runs `attempt` again, after a short random wait, while it fails because its transaction crossed
 * another one, at most `attempts` times in all; any other failure, or the last crossing, is thrown.
 * The wait (5–25 ms, then 10–50 ms, …) lets the other transaction commit first.
 */
export async function runAgainWhenCrossed<T>(
  attempt: () => Promise<T>,
  attempts = CROSSED_TRANSACTION_ATTEMPTS,
  wait: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      return await attempt();
    } catch (error) {
      if (n >= attempts || !transactionsCrossed(error)) throw error;
      await wait(5 * n * (1 + 4 * Math.random()));
    }
  }
}

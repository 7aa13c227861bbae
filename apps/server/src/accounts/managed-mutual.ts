import type { Caller } from '../caller.ts';
import { forbidden } from '../errors.ts';

/**
 * The mutual whose accounts, e-mails and audit log the caller manages: a coordinator its own, the
 * platform administrator the one it asks for or, when it asks for none, every mutual (undefined).
 * Other roles are refused.
 */
export function managedMutual(caller: Caller, requested?: string): string | undefined {
  if (caller.role === 'platform_admin') return requested;
  if (caller.role === 'coordinator' && caller.mutualId) return caller.mutualId;
  throw forbidden();
}

/** True when the caller manages the records of that mutual (null: records of no mutual, the platform administrator's). */
export function managesMutual(caller: Caller, mutualId: string | null): boolean {
  const scope = managedMutual(caller);
  return scope === undefined || scope === mutualId;
}

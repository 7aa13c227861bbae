import type { DeliverySettingsRequest, Mutual } from '@mutualis/contracts';
import type { Caller, Deps } from '../caller.ts';
import { updateMutual } from './update-mutual.ts';

/**
 * Edits a mutual's delivery settings (withdrawal deadline, go/no-go lead time, attendance
 * threshold for attestations, minimum firms per session): its coordinators for their own
 * mutual, the platform administrator for any. Another mutual's answers 404.
 */
export async function updateDeliverySettings(
  deps: Deps,
  caller: Caller,
  input: { mutualId: string; changes: DeliverySettingsRequest },
): Promise<Mutual> {
  return updateMutual(deps, caller, input);
}

import type { SessionVisibility } from './session-repository.ts';
import { AppError } from '../errors.ts';
import { mutualOf } from '../caller.ts';
import type { Caller } from '../caller.ts';

/** Which sessions the caller may see: coordinators all of the mutual, trainers their own, member contacts theirs and open ones. */
export function sessionVisibilityOf(caller: Caller): SessionVisibility {
  const mutualId = mutualOf(caller);
  switch (caller.role) {
    case 'coordinator':
      return { kind: 'mutual', mutualId };
    case 'member_contact':
      return { kind: 'member', mutualId, memberId: caller.memberId as string };
    case 'trainer':
      return { kind: 'trainer', mutualId, providerId: caller.providerId as string, userId: caller.userId };
    default:
      throw new AppError('forbidden', `This is not open to the role ${caller.role}`);
  }
}

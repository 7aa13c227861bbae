import type { SessionVisibility } from './session-repository.ts';
import { AppError } from '../errors.ts';
import { mutualOf } from '../http/access.ts';
import type { Principal } from '../http/context.ts';

/** Which sessions the caller may see: coordinators all of the mutual, trainers their own, member contacts theirs and open ones. */
export function sessionVisibilityOf(principal: Principal): SessionVisibility {
  const mutualId = mutualOf(principal);
  switch (principal.role) {
    case 'coordinator':
      return { kind: 'mutual', mutualId };
    case 'member_contact':
      return { kind: 'member', mutualId, memberId: principal.memberId as string };
    case 'trainer':
      return { kind: 'trainer', mutualId, providerId: principal.providerId as string, userId: principal.userId };
    default:
      throw new AppError('forbidden', `This is not open to the role ${principal.role}`);
  }
}

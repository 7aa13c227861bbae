import type { Topic } from '@mutualis/contracts';
import type { Caller, Deps } from '../caller.ts';
import { presentTopic } from './present.ts';
import { visibleTopic } from './visible-topic.ts';

/** One topic of the caller's mutual. */
export async function getTopic(deps: Deps, caller: Caller, input: { topicId: string }): Promise<Topic> {
  return presentTopic(await visibleTopic(deps, caller, input.topicId));
}

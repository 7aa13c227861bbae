import { topicEndpoints as topics } from '@mutualis/contracts';
import { MUTUAL_ROLES } from '@mutualis/domain/accounts/roles';
import type { Deps } from '../caller.ts';
import { serve } from '../http/api.ts';
import type { App } from '../http/context.ts';
import { addStarterTopics } from './add-starter-topics.ts';
import { createTopic } from './create-topic.ts';
import { getTopic } from './get-topic.ts';
import { listTopics } from './list-topics.ts';
import { setTopicRetired } from './set-topic-retired.ts';
import { updateTopic } from './update-topic.ts';

/** Training topics: a bilingual tree per mutual that every role of it reads; coordinators add, edit, retire and restore. */
export function registerTopicRoutes(app: App, deps: Deps) {
  serve(app, topics.list, MUTUAL_ROLES, ({ query }, caller) => listTopics(deps, caller, query));
  serve(app, topics.create, ['coordinator'], ({ body }, caller) => createTopic(deps, caller, body));
  serve(app, topics.installStarter, ['coordinator'], (_, caller) => addStarterTopics(deps, caller));
  serve(app, topics.get, MUTUAL_ROLES, ({ params }, caller) => getTopic(deps, caller, params));
  serve(app, topics.update, ['coordinator'], ({ params, body }, caller) =>
    updateTopic(deps, caller, { topicId: params.topicId, changes: body }),
  );
  serve(app, topics.retire, ['coordinator'], ({ params }, caller) =>
    setTopicRetired(deps, caller, { topicId: params.topicId, retired: true }),
  );
  serve(app, topics.restore, ['coordinator'], ({ params }, caller) =>
    setTopicRetired(deps, caller, { topicId: params.topicId, retired: false }),
  );
}

// What other areas (and the composition root) may use of the topics area.
export { installStarterTopics } from './install-starter-topics.ts';
export { requireActiveTopic } from './require-active-topic.ts';
export { topicRepository, type TopicRow } from './repository.ts';
export { registerTopicRoutes } from './routes.ts';

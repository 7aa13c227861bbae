// What other areas (and the composition root) may use of the topics area.
export { installStarterTopics } from './install-starter-topics.ts';
export { type TopicRow, topicRepository } from './repository.ts';
export { requireActiveTopic } from './require-active-topic.ts';
export { registerTopicRoutes } from './routes.ts';

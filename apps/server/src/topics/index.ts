// What other areas (and the composition root) may use of the topics area.
export { installStarterTopics, requireActiveTopic } from './manage-topics.ts';
export { topicRepository, type TopicRow } from './repository.ts';
export { registerTopicRoutes } from './routes.ts';

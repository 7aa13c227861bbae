// The pages of this area, loaded together as one chunk by app/routes.tsx when one of them is first opened.
export { CoursePage } from './course-page.tsx';
export { CoursesPage } from './courses-page.tsx';
export { MyProviderPage } from './my-provider-page.tsx';
export { ProvidersPage } from './providers-page.tsx';
export { TopicsPage } from './topics-page.tsx';

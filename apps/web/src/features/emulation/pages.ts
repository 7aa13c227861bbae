// The pages of this area, loaded together as one chunk by app/routes.tsx when one of them is first opened.
export { ScenarioPage } from './scenario-page.tsx';
export { ScenariosPage } from './scenarios-page.tsx';

// The pages of this area, loaded together as one chunk by app/routes.tsx when one of them is first opened.
export { ParticipationPage } from './participation-page.tsx';
export { ProspectsPage } from './prospects-page.tsx';

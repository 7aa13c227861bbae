// The pages of this area, loaded together as one chunk by app/routes.tsx when one of them is first opened.
export { BoardPage } from './board-page.tsx';
export { LeadersPage } from './leaders-page.tsx';
export { MeetingPage } from './meeting-page.tsx';
export { PartnerPage } from './partner-page.tsx';
export { PartnersPage } from './partners-page.tsx';
export { RecognitionPage } from './recognition-page.tsx';
export { ScorecardPage } from './scorecard-page.tsx';

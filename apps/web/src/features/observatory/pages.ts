// The pages of this area, loaded together as one chunk by app/routes.tsx when one of them is first opened.
export { FundersPage } from './funders-page.tsx';
export { ObservatoryPage } from './observatory-page.tsx';
export { ObservedScorecardPage } from './observed-scorecard-page.tsx';

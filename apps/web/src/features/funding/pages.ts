// The pages of this area, loaded together as one chunk by app/routes.tsx when one of them is first opened.
export { ClaimPage } from './claim-page.tsx';
export { ClaimsPage } from './claims-page.tsx';
export { FundingPage } from './funding-page.tsx';

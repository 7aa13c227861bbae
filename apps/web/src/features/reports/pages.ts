// The pages of this area, loaded together as one chunk by app/routes.tsx when one of them is first opened.
export { AnnualReportPage } from './annual-report-page.tsx';
export { MyOnePercentPage } from './my-one-percent-page.tsx';
export { OnePercentPage } from './one-percent-page.tsx';

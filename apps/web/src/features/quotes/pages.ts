// The pages of this area, loaded together as one chunk by app/routes.tsx when one of them is first opened.
export { QuoteNewPage } from './quote-new-page.tsx';
export { QuotePage } from './quote-page/index.tsx';
export { QuotesPage } from './quotes-page.tsx';

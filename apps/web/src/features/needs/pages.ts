// The pages of this area, loaded together as one chunk by app/routes.tsx when one of them is first opened.
export { MyNeedsPage } from './my-needs-page.tsx';
export { NeedsPage } from './needs-page.tsx';

// The pages of this area, loaded together as one chunk by app/routes.tsx when one of them is first opened.
export { MySavingsPage } from './my-savings-page.tsx';
export { PoolingComparePage } from './pooling-compare-page.tsx';
export { PoolingRunPage } from './pooling-run-page/index.tsx';
export { PoolingRunsPage } from './pooling-runs-page.tsx';

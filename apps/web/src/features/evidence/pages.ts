// The pages of this area, loaded together as one chunk by app/routes.tsx when one of them is first opened.
export { EvidencePage } from './evidence-page/index.tsx';

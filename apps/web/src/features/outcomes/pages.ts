// The pages of this area, loaded together as one chunk by app/routes.tsx when one of them is first opened.
export { MyOutcomesPage } from './my-outcomes-page.tsx';
export { OutcomesPage } from './outcomes-page.tsx';

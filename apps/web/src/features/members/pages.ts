// The pages of this area, loaded together as one chunk by app/routes.tsx when one of them is first opened.
export { MemberFormPage } from './member-form-page.tsx';
export { MemberPage } from './member-page.tsx';
export { MembersPage } from './members-page.tsx';

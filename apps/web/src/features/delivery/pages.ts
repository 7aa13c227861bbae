// The pages of this area, loaded together as one chunk by app/routes.tsx when one of them is first opened.
export { AttestationsPage } from './attestations-page.tsx';
export { CalendarFeedsPage } from './calendar-page.tsx';
export { EvaluationPage } from './evaluation-page.tsx';
export { RegisterPage } from './register-page.tsx';
export { SchedulePage } from './schedule-page.tsx';
export { SessionNewPage } from './session-new-page.tsx';
export { SessionPage } from './session-page/index.tsx';
export { SessionsPage } from './sessions-page.tsx';
export { DeliverySettingsPage } from './settings-page.tsx';

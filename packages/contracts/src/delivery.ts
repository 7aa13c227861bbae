// Delivery: sessions from plan to attestation. One file per part, each with its endpoint map:
// sessions (lifecycle, seats, history), enrolment, attendance (trainer portal), attestations,
// evaluation, the activity register and calendar feeds.

export * from './delivery-attendance.ts';
export * from './delivery-attestations.ts';
export * from './delivery-calendar.ts';
export * from './delivery-enrolment.ts';
export * from './delivery-evaluation.ts';
export * from './delivery-register.ts';
export * from './delivery-sessions.ts';

export * from './attestation.ts';
export * from './enrolment.ts';
export * from './evaluation.ts';
export * from './ical.ts';
export * from './lifecycle.ts';
export * from './register.ts';
export * from './reservation.ts';
export * from './session-title.ts';

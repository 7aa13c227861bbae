// Member firms of a mutual: identity (NEQ) and life-cycle rules.
export * from './neq.ts';
export * from './status.ts';

// The pure domain of Mutualis: one folder per area, no I/O.
export * from './reference/index.ts';
export * from './members/index.ts';
export * from './employees/index.ts';
export * from './pooling/index.ts';

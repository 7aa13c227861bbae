// The pure domain of Mutualis: one folder per area, no I/O.

export * from './employees/index.ts';
export * from './members/index.ts';
export * from './pooling/index.ts';
export * from './reference/index.ts';

// Reference data shipped with Mutualis: pure data and lookups, French and English labels.
export * from './noc.ts';
export * from './people.ts';
export * from './regions.ts';
export * from './scian.ts';
export * from './size-class.ts';
export * from './text.ts';

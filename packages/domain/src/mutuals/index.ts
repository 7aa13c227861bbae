export * from './mutual-kind.ts';

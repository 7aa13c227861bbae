export * from './course.ts';
export * from './catalogue-vocabulary.ts';

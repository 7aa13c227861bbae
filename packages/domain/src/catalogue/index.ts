export * from './catalogue-vocabulary.ts';
export * from './course.ts';

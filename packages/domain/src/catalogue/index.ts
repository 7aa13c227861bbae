export * from './course.ts';

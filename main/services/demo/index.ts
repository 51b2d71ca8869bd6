export * from './generate';
export * from './exams';

export * from './generate';
export * from './exams';
export * from './safety-education';

export * from './generate';
export * from './safety-education';

export * from './sheet-safety';
export * from './stream-table';
export * from './xlsx-form';

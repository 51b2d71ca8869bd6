export * from './csv';
export * from './decode';
export * from './headers';
export * from './preview';
export * from './read';
export * from './table';
export * from './values';
export * from './xlsx';

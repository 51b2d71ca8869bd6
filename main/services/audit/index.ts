export * from './log';
export * from './trail';

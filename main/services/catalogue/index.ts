export * from './catalogue';
export * from './vocab';

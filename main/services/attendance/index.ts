export * from './chain';
export * from './service';
export * from './verify';

export * from './app';
export * from './station';

export * from './trainers';

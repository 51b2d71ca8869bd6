export * from './period-report';
export * from './plans';
export * from './scope';
export * from './service';
export { statusTableCsv, statusTableXlsx } from './status-table';

export * from './anonymise';
export * from './records';
export * from './rows';
export * from './roster-export';

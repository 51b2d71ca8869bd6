export * from './contract/result';
export * from './contract/access';
export * from './contract/define';
export * from './contract/channels';
export * from './contract/events';
export * from './contract/types';
export * from './i18n/languages';
export * from './contract/bridge';

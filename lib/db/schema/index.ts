export * from './regions';
export * from './agencies';
export * from './source-files';
export * from './reports';
export * from './report-cells';
export * from './data-version';
export * from './rate-limits';

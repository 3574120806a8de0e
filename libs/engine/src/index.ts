export * from './clock';
export * from './duration';
export * from './engine';
export * from './errors';
export * from './machine-state';
export * from './registry';
export * from './view';
export * from './diagram';

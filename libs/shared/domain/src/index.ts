export * from './localized.js';
export * from './vocabularies.js';
export * from './organizations.js';
export * from './error-codes.js';
export * from './visibility.js';
export * from './initiatives.js';
export * from './methods.js';

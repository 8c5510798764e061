export * from './analyse-photo.js';
export * from './beats.js';
export * from './curate.js';
export * from './faces.js';
export * from './framing.js';
export * from './image.js';
export * from './subject.js';
export * from './types.js';

// The domain core: every rule of SPEC §3, pure and shared by the server, the CLI and the web app.
export * from './result.js';
export * from './errors.js';
export * from './money.js';
export * from './calendar.js';
export * from './deadlines.js';
export * from './org-number.js';
export * from './cofinancing.js';
export * from './commitments.js';
export * from './workflow.js';
export * from './decisions.js';
export * from './consistency.js';
export * from './diary-number.js';

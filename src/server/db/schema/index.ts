// The whole data model (SPEC §4), one file per aggregate. drizzle.config.ts and the database client
// read this file; migrations are generated from it (`npm run db:generate`) and committed.
export * from './enums.js';
export * from './organizations.js';
export * from './users.js';
export * from './sessions.js';
export * from './external-identities.js';
export * from './funders.js';
export * from './strategies.js';
export * from './appropriations.js';
export * from './programmes.js';
export * from './projects.js';
export * from './activity-plans.js';
export * from './budgets.js';
export * from './cases.js';
export * from './applications.js';
export * from './assessments.js';
export * from './meetings.js';
export * from './decisions.js';
export * from './press-releases.js';
export * from './reporting.js';
export * from './payments.js';
export * from './state-allocations.js';
export * from './documents.js';
export * from './outbox.js';
export * from './imports.js';
export * from './audit.js';

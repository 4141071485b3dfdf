import { Command } from 'commander';
import { withDatabase } from '../context.js';

export function migrateCommand(): Command {
  return new Command('migrate').description('Kör databasmigreringar / apply database migrations').action(async () => {
    await withDatabase(() => {
      console.log('Migreringar klara / migrations applied');
      return Promise.resolve();
    });
  });
}

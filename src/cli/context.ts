import { loadConfig, describeDatabase, type Config } from '../server/config.js';
import { openDatabase, type Database } from '../server/db/client.js';

/** Opens the configured database for one CLI command and always closes it, also on failure. */
export async function withDatabase<T>(
  work: (database: Database, config: Config) => Promise<T>,
  options: { migrate?: boolean; quiet?: boolean } = {},
): Promise<T> {
  const config = loadConfig();
  if (!options.quiet) console.error(`Databas / database: ${describeDatabase(config)}`);
  const database = await openDatabase(config);
  try {
    if (options.migrate !== false) await database.migrate();
    return await work(database, config);
  } finally {
    await database.close();
  }
}

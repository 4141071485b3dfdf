import type { Clock } from '../../../../domain/index.js';
import type { Executor } from '../../../db/client.js';
import { AppError } from '../../../errors.js';
import { listPublicProjects, type PublicProjectFilters } from '../../public/public.repository.js';
import { toPublicProject } from '../../public/public-project.schema.js';
import { csvOf } from '../csv.js';
import { euArt49Csv } from '../eu-art49.js';
import { loadPublishedGrants } from '../opendata.repository.js';
import { threeSixtyGivingCsv } from '../three-sixty-giving-csv.js';
import { toThreeSixtyPackage } from '../three-sixty-giving.js';

export const EXPORT_FORMATS = ['360giving', '360giving-csv', 'eu-art49', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFile {
  body: string;
  contentType: string;
  filename: string;
}

const CSV = 'text/csv; charset=utf-8; header=present';

/**
 * The columns of the public list (the fields of docs/domain/public-contracts.md, "The public project list"), one
 * project a row.
 */
const PROJECT_COLUMNS = [
  'id',
  'name',
  'acronym',
  'owner',
  'ownerOrgNumber',
  'amountSek',
  'maxSharePercent',
  'periodStart',
  'periodEnd',
  'status',
] as const;

const noPublishedGrants = () =>
  new AppError('opendata.no_published_grants', 404, {
    sv: 'Det finns inga publicerade bidrag att exportera: ett 360Giving-paket måste innehålla minst ett bidrag.',
    en: 'There are no published grants to export: a 360Giving package must hold at least one grant.',
  });

/**
 * One open-data file of the published grants, the same for the HTTP API and `bidra export`. Only
 * published projects with an approved grant decision are ever read; nothing here needs a login.
 */
export async function buildExport(
  deps: { db: Executor; clock: Clock },
  format: ExportFormat,
  options: { baseUrl?: string | undefined; filters?: PublicProjectFilters } = {},
): Promise<ExportFile> {
  const now = deps.clock.now();
  const day = now.toISOString().slice(0, 10);
  switch (format) {
    case '360giving':
    case '360giving-csv': {
      const pkg = toThreeSixtyPackage(await loadPublishedGrants(deps.db), { now, baseUrl: options.baseUrl });
      // The standard's package holds at least one grant: an empty one would not validate, so say why instead.
      if (format === '360giving' && pkg.grants.length === 0) throw noPublishedGrants();
      return format === '360giving'
        ? {
            body: `${JSON.stringify(pkg, null, 2)}\n`,
            contentType: 'application/json; charset=utf-8',
            filename: `bidra-360giving-${day}.json`,
          }
        : { body: threeSixtyGivingCsv(pkg.grants), contentType: CSV, filename: `bidra-360giving-${day}.csv` };
    }
    case 'eu-art49':
      return {
        body: euArt49Csv(await loadPublishedGrants(deps.db)),
        contentType: CSV,
        filename: `bidra-eu-art49-${day}.csv`,
      };
    case 'csv': {
      const { rows } = await listPublicProjects(deps.db, { ...options.filters, offset: 0 });
      const items = rows.map(toPublicProject);
      return {
        body: csvOf(
          PROJECT_COLUMNS.map((c) => ({ header: c, value: (p: (typeof items)[number]) => p[c] })),
          items,
        ),
        contentType: CSV,
        filename: `bidra-projekt-${day}.csv`,
      };
    }
  }
}

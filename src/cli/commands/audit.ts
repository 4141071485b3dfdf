import { Command } from 'commander';
import { verifyAuditChain } from '../../server/audit/audit.js';
import { withDatabase } from '../context.js';

export function auditCommand(): Command {
  const audit = new Command('audit').description('Granskningsloggen / the audit trail');
  audit
    .command('verify')
    .description('Kontrollera hashkedjan / verify the hash chain; exits 1 on tampering')
    .action(async () => {
      const result = await withDatabase((database) => verifyAuditChain(database.db), { migrate: false });
      if (result.ok) {
        console.log(
          `OK: ${result.checked} händelser kontrollerade, kedjan är obruten / ${result.checked} events, chain intact`,
        );
        return;
      }
      const bad = result.firstBad!;
      console.error(
        `FEL / TAMPERED: första felaktiga händelse / first bad event: ${bad.eventId ?? '(head)'} — ${bad.reason}` +
          ` (${result.checked} events verified before it)`,
      );
      process.exitCode = 1;
    });
  return audit;
}

import { Command, Option } from 'commander';
import { systemActor } from '../../server/audit/audit.js';
import { systemClock } from '../../server/clock.js';
import { ROLE_NAMES } from '../../server/modules/auth/policy.js';
import {
  listAccounts,
  setAccountActive,
  type AccountListItem,
} from '../../server/modules/users/use-cases/account-commands.js';
import {
  ADDABLE_ROLES,
  addUser,
  UsageProblem,
  type AddableRole,
} from '../../server/modules/users/use-cases/add-user.js';
import { withDatabase } from '../context.js';

// The inviter named in an invitation mail sent from here, and the actor of the audit events.
const actor = systemActor('Bidra');

/** A usage mistake exits 2 with the usage, as commander's own do; a refusal by the rules goes to main (exit 1). */
async function reportUsage(command: Command, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    if (!(error instanceof UsageProblem)) throw error;
    console.error(`${error.localized.sv}\n${error.localized.en}\n(bidra users ${command.name()} --help)`);
    process.exitCode = 2;
  }
}

/** The password from standard input, never from the command line (it would show in ps and the shell history). */
async function readPassword(): Promise<string> {
  if (process.stdin.isTTY) console.error('Skriv lösenordet och avsluta med Ctrl-D / type the password, then Ctrl-D:');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Buffer));
  // `printf '%s\n' …` and `echo` add one newline; a password may itself end in other whitespace.
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

interface AddOptions {
  email: string;
  name: string;
  role: AddableRole;
  capacity?: string;
  title?: string;
  funder?: string;
  organization?: string;
  passwordStdin?: boolean;
}

function addCommand(): Command {
  const add = new Command('add')
    .description('Skapa en användare / create a user (password on standard input, or an invitation link)')
    .requiredOption('--email <email>', 'e-postadress / e-mail address')
    .requiredOption('--name <name>', 'namn / name')
    .addOption(new Option('--role <role>', 'roll / role').choices(ADDABLE_ROLES).makeOptionMandatory())
    .option('--capacity <capacity>', 'beslutsfattarens egenskap / a decision maker’s capacity, e.g. "verksamhetschef"')
    .option('--title <title>', 'titel / job title')
    .option('--funder <orgnr>', 'stödgivarens organisationsnummer / the funder’s organisation number')
    .option('--organization <orgnr>', 'den sökandes organisation / the applicant’s organisation number')
    .option('--password-stdin', 'läs lösenordet från standard in / read the password from standard input')
    .exitOverride();
  return add.action(async (o: AddOptions) =>
    reportUsage(add, () =>
      withDatabase(async (database, config) => {
        const result = await addUser(database.db, systemClock, actor, {
          email: o.email,
          displayName: o.name,
          role: o.role,
          capacity: o.capacity,
          title: o.title,
          funder: o.funder,
          organization: o.organization,
          password: o.passwordStdin ? await readPassword() : undefined,
          publicUrl: config.publicUrl,
        });
        const where = result.organization ? ` (${result.organization})` : '';
        const role = { sv: ROLE_NAMES[o.role].sv, en: ROLE_NAMES[o.role].en };
        if (result.installationAdmin) {
          const signIn = `${config.publicUrl.replace(/\/+$/, '')}/logga-in`;
          console.log(
            `${o.email} är installationens första administratör. Logga in på ${signIn} och skapa stödgivaren under Administration (/admin/ny-stodgivare).\n` +
              `${o.email} is the installation's first administrator. Sign in at ${signIn} and create the funder under Administration (/admin/ny-stodgivare).`,
          );
        } else if (result.kind === 'created') {
          console.log(
            `Användaren ${o.email} är skapad: ${role.sv}${where}.\nUser ${o.email} created: ${role.en}${where}.`,
          );
        }
        if (result.kind !== 'invited') return;
        console.log(`Inbjudan till ${o.email} är skapad.\nInvitation for ${o.email} created.`);
        if (config.smtp) {
          console.log(
            'Den skickas med e-post av servern (bidra serve) och gäller i 72 timmar.\nIt is sent by e-mail by the server (bidra serve) and works for 72 hours.',
          );
        } else {
          console.log(
            `Ingen e-post (SMTP) är inställd: ge personen länken själv. Den fungerar en gång, till ${result.expiresAt.toISOString()}.\n` +
              `No SMTP is set up: give the person the link yourself. It works once, until ${result.expiresAt.toISOString()}.\n` +
              result.link,
          );
        }
      }),
    ),
  );
}

const when = (iso: string | null) => (iso ? iso.slice(0, 16).replace('T', ' ') : '–');
const status = (u: AccountListItem) =>
  !u.active ? 'avstängd / disabled' : !u.verified ? 'inbjuden / invited' : 'aktiv / active';
const rolesText = (u: AccountListItem) =>
  [
    ...(u.installationAdmin ? ['installationens administratör / installation administrator'] : []),
    ...u.roles.map(
      (r) =>
        `${ROLE_NAMES[r.role].sv}${r.capacity ? ` (${r.capacity})` : ''}${r.organization === u.organization ? '' : ` @ ${r.organization}`}`,
    ),
  ].join(', ') || '–';

function listCommand(): Command {
  return new Command('list')
    .description('Lista användarna / list the users')
    .option('--json', 'som JSON / as JSON')
    .exitOverride()
    .action(async (o: { json?: boolean }) => {
      const accounts = await withDatabase((database) => listAccounts(database.db), { quiet: o.json });
      if (o.json) {
        console.log(JSON.stringify(accounts, null, 2));
        return;
      }
      const rows = [
        [
          'E-post / e-mail',
          'Namn / name',
          'Organisation',
          'Roller / roles',
          'Status',
          'Senast inloggad / last sign-in',
        ],
        ...accounts.map((u) => [
          u.email,
          u.displayName,
          u.organization ?? '–',
          rolesText(u),
          status(u),
          when(u.lastSignedInAt),
        ]),
      ];
      const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...r[i]!].length)));
      for (const row of rows)
        console.log(
          row
            .map((cell, i) => cell.padEnd(widths[i]!))
            .join('  ')
            .trimEnd(),
        );
    });
}

function activeCommand(name: 'disable' | 'enable'): Command {
  const disable = name === 'disable';
  return new Command(name)
    .description(
      disable
        ? 'Stäng av ett konto; inloggningarna avslutas direkt / disable an account, ending its sessions at once'
        : 'Aktivera ett avstängt konto igen / enable a disabled account again',
    )
    .requiredOption('--email <email>', 'e-postadress / e-mail address')
    .exitOverride()
    .action(async (o: { email: string }) => {
      const { changed } = await withDatabase((database) =>
        setAccountActive(database.db, systemClock, actor, o.email, !disable),
      );
      const [sv, en] = disable
        ? changed
          ? ['är avstängt; alla inloggningar är avslutade', 'is disabled; every session has ended']
          : ['var redan avstängt', 'was already disabled']
        : changed
          ? ['är aktiverat igen', 'is enabled again']
          : ['var redan aktivt', 'was already enabled'];
      console.log(`Kontot ${o.email} ${sv}.\nThe account ${o.email} ${en}.`);
    });
}

export function usersCommand(): Command {
  return new Command('users')
    .description('Användare och roller / users and roles')
    .addCommand(addCommand())
    .addCommand(listCommand())
    .addCommand(activeCommand('disable'))
    .addCommand(activeCommand('enable'))
    .exitOverride();
}

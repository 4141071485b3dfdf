import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite, openPostgres, type Database } from '../../src/server/db/client.js';
import * as s from '../../src/server/db/schema/index.js';
import { verifyPassword } from '../../src/server/modules/auth/passwords.js';
import { projectRoot } from '../../src/server/paths.js';
import { withDatabase } from '../support/global-setup.js';

// `bidra users` as an operator runs it to set up a funder from an empty installation: real processes,
// on the embedded database and (when DATABASE_URL is set) on a PostgreSQL database of their own. Each
// process compiles the CLI with tsx and opens the database: seconds each, hence the timeouts.
const root = projectRoot();
const PASSPHRASE = 'en lång lösenfras för ada';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

interface Target {
  dataDir: string;
  databaseUrl?: string;
  open(): Promise<Database>;
}

function bidra(target: Target, args: string[], stdin?: string): Promise<Run> {
  const { DATABASE_URL: _ignored, SMTP_HOST: _noSmtp, ...rest } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: root,
    env: {
      ...rest,
      BIDRA_DATA_DIR: target.dataDir,
      LOG_LEVEL: 'warn',
      BIDRA_PUBLIC_URL: 'https://bidra.region.example/',
      ...(target.databaseUrl ? { DATABASE_URL: target.databaseUrl } : {}),
    },
    stdio: 'pipe',
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
  child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
  child.stdin.end(stdin ?? '');
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

/** Runs `work` on the target's database while no CLI process has it open. */
async function inDatabase<T>(target: Target, work: (db: Database['db']) => Promise<T>): Promise<T> {
  const database = await target.open();
  try {
    return await work(database.db);
  } finally {
    await database.close();
  }
}

async function userByEmail(target: Target, email: string) {
  return inDatabase(target, async (db) => {
    const [user] = await db.select().from(s.users).where(eq(s.users.email, email));
    const grants = user ? await db.select().from(s.roleGrants).where(eq(s.roleGrants.userId, user.id)) : [];
    return { user, grants };
  });
}

/** A funder as the funder-settings page would create it (that page is not the command line's business). */
async function makeFunder(target: Target, name: string, orgNumber: string): Promise<string> {
  return inDatabase(target, async (db) => {
    const [org] = await db.insert(s.organizations).values({ name, orgNumber, type: 'region' }).returning();
    await db
      .insert(s.funders)
      .values({ organizationId: org!.id, committeeName: 'Nämnden', diaryNumberFormat: 'RUN {year}/{seq}' });
    return org!.id;
  });
}

function scenarios(target: () => Target) {
  it('makes the first administrator of an empty installation, who then creates the funder', async () => {
    const run = await bidra(
      target(),
      [
        'users',
        'add',
        '--email',
        'admin@region.example',
        '--name',
        'Ada Admin',
        '--role',
        'administrator',
        '--password-stdin',
      ],
      `${PASSPHRASE}\n`,
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('installationens första administratör');
    expect(run.stdout).toContain("installation's first administrator");
    expect(run.stdout).toContain('https://bidra.region.example/logga-in');
    expect(run.stdout).toContain('/admin/ny-stodgivare');
    const { user, grants } = await userByEmail(target(), 'admin@region.example');
    expect(user).toMatchObject({ installationAdmin: true, organizationId: null, active: true });
    expect(user!.emailVerifiedAt).not.toBeNull();
    expect(grants).toEqual([]);
    // One trailing newline is stripped; the rest of the line is the password.
    expect(await verifyPassword(user!.passwordHash, PASSPHRASE)).toBe(true);
  });

  it('refuses bad input: usage mistakes exit 2, refusals by the rules exit 1, in Swedish and English', async () => {
    const add = (args: string[], stdin?: string) =>
      bidra(target(), ['users', 'add', '--email', 'ny@region.example', '--name', 'Ny Person', ...args], stdin);
    const weak = await add(['--role', 'administrator', '--password-stdin'], 'qwerty123456\n');
    expect(weak.code).toBe(1);
    expect(weak.stderr).toContain('för vanligt');
    expect(weak.stderr).toContain('too common');
    expect((await add(['--role', 'decision_maker'])).code).toBe(2);
    expect((await add(['--role', 'superuser'])).code).toBe(2);
    expect((await add(['--role', 'administrator', '--password', PASSPHRASE])).code).toBe(2);
    const noFunder = await add(['--role', 'case_officer']);
    expect(noFunder.code).toBe(1);
    expect(noFunder.stderr).toContain('ingen stödgivare');
    const badNumber = await add(['--role', 'applicant', '--organization', '12345']);
    expect(badNumber.code).toBe(2);
    expect((await userByEmail(target(), 'ny@region.example')).user).toBeUndefined();
  });

  it('adds staff to the only funder, invites without a password, and asks which funder when there are several', async () => {
    const orgId = await makeFunder(target(), 'Region Exempel', '232100-0180');
    const chair = await bidra(target(), [
      'users',
      'add',
      '--email',
      'ordf@region.example',
      '--name',
      'Olle Ordförande',
      '--role',
      'decision_maker',
      '--capacity',
      'ordförande i regionala utvecklingsnämnden',
      '--title',
      'ordförande',
    ]);
    expect(chair.code, chair.stderr).toBe(0);
    // No SMTP: the operator gets the link to hand over.
    expect(chair.stdout).toMatch(/https:\/\/bidra\.region\.example\/inbjudan\?token=[\w-]{43}/);
    const { user, grants } = await userByEmail(target(), 'ordf@region.example');
    expect(user).toMatchObject({
      organizationId: orgId,
      title: 'ordförande',
      emailVerifiedAt: null,
      passwordHash: null,
    });
    expect(grants).toEqual([
      expect.objectContaining({
        role: 'decision_maker',
        organizationId: orgId,
        capacity: 'ordförande i regionala utvecklingsnämnden',
      }),
    ]);

    const admin = await bidra(
      target(),
      [
        'users',
        'add',
        '--email',
        'fadmin@region.example',
        '--name',
        'Fia Admin',
        '--role',
        'administrator',
        '--password-stdin',
      ],
      `${PASSPHRASE}\n`,
    );
    expect(admin.code, admin.stderr).toBe(0);
    expect(admin.stdout).toContain('administratör (Region Exempel)');

    await makeFunder(target(), 'Region Annan', '212000-2544');
    const which = await bidra(target(), [
      'users',
      'add',
      '--email',
      'h@region.example',
      '--name',
      'H',
      '--role',
      'case_officer',
    ]);
    expect(which.code).toBe(2);
    expect(which.stderr).toContain('232100-0180 Region Exempel');
    expect(which.stderr).toContain('212000-2544 Region Annan');
    const named = await bidra(
      target(),
      [
        'users',
        'add',
        '--email',
        'h@region.example',
        '--name',
        'Hanna Handläggare',
        '--role',
        'case_officer',
        '--funder',
        '2120002544',
        '--password-stdin',
      ],
      `${PASSPHRASE}\n`,
    );
    expect(named.code, named.stderr).toBe(0);
    expect(named.stdout).toContain('handläggare (Region Annan)');
    const taken = await bidra(target(), [
      'users',
      'add',
      '--email',
      'H@region.example',
      '--name',
      'H',
      '--role',
      'case_officer',
      '--funder',
      '212000-2544',
    ]);
    expect(taken.code).toBe(1);
    expect(taken.stderr).toContain('finns redan ett konto');
  });

  it('lists every account with its roles, capacity, status and last sign-in, also as JSON', async () => {
    const text = await bidra(target(), ['users', 'list']);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toMatch(
      /ordf@region\.example\s+Olle Ordförande\s+Region Exempel\s+beslutsfattare \(ordförande i regionala utvecklingsnämnden\)\s+inbjuden \/ invited/,
    );
    const json = await bidra(target(), ['users', 'list', '--json']);
    const accounts = JSON.parse(json.stdout) as { email: string; roles: unknown[]; active: boolean }[];
    expect(accounts.map((a) => a.email)).toEqual([
      'admin@region.example',
      'fadmin@region.example',
      'h@region.example',
      'ordf@region.example',
    ]);
    expect(accounts.find((a) => a.email === 'h@region.example')).toMatchObject({
      active: true,
      roles: [{ role: 'case_officer', organization: 'Region Annan', capacity: null }],
    });
  });

  it('disables an account and ends its sessions at once, but never the last administrator of a funder', async () => {
    const { user } = await userByEmail(target(), 'h@region.example');
    await inDatabase(target(), (db) =>
      db.insert(s.sessions).values({
        id: 'a'.repeat(64),
        userId: user!.id,
        csrfToken: 'csrf',
        createdAt: new Date('2026-12-01T09:00:00Z'),
        expiresAt: new Date('2026-12-01T21:00:00Z'),
        lastSeenAt: new Date('2026-12-01T09:00:00Z'),
      }),
    );
    const off = await bidra(target(), ['users', 'disable', '--email', 'H@region.example']);
    expect(off.code, off.stderr).toBe(0);
    expect(off.stdout).toContain('är avstängt');
    const after = await userByEmail(target(), 'h@region.example');
    expect(after.user!.active).toBe(false);
    expect(
      await inDatabase(target(), (db) => db.select().from(s.sessions).where(eq(s.sessions.userId, user!.id))),
    ).toEqual([]);
    expect((await bidra(target(), ['users', 'disable', '--email', 'h@region.example'])).stdout).toContain(
      'redan avstängt',
    );

    const last = await bidra(target(), ['users', 'disable', '--email', 'fadmin@region.example']);
    expect(last.code).toBe(1);
    expect(last.stderr).toContain('Region Exempel måste ha minst en aktiv administratör');
    expect(last.stderr).toContain('must keep at least one active administrator');
    expect((await userByEmail(target(), 'fadmin@region.example')).user!.active).toBe(true);

    expect((await bidra(target(), ['users', 'disable', '--email', 'ingen@region.example'])).code).toBe(1);
    expect((await bidra(target(), ['users', 'disable'])).code).toBe(2);
    const on = await bidra(target(), ['users', 'enable', '--email', 'h@region.example']);
    expect(on.code).toBe(0);
    expect((await userByEmail(target(), 'h@region.example')).user!.active).toBe(true);
    const events = await inDatabase(target(), (db) =>
      db.select({ action: s.auditEvents.action }).from(s.auditEvents).where(eq(s.auditEvents.entityId, user!.id)),
    );
    expect(events.map((e) => e.action)).toEqual(
      expect.arrayContaining(['user.created', 'user.disabled', 'user.enabled']),
    );
  });
}

// Each pass of the suite runs the command on its own database: the embedded one in the default pass,
// PostgreSQL in the pass with DATABASE_URL (spawning the command is slow; twice per pass buys nothing).
describe.skipIf(!!process.env.DATABASE_URL)('bidra users on the embedded database', { timeout: 300_000 }, () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'bidra-cli-users-'));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
  scenarios(() => ({ dataDir, open: () => openPglite(dataDir) }));
});

describe.skipIf(!process.env.DATABASE_URL)('bidra users on PostgreSQL', { timeout: 300_000 }, () => {
  const url = process.env.DATABASE_URL!;
  const name = `bidra_t_users_${randomBytes(4).toString('hex')}`;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'bidra-cli-users-pg-'));
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
  });
  afterAll(async () => {
    rmSync(dataDir, { recursive: true, force: true });
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });
  scenarios(() => ({
    dataDir,
    databaseUrl: withDatabase(url, name),
    open: () => Promise.resolve(openPostgres(withDatabase(url, name), { max: 1 })),
  }));
});

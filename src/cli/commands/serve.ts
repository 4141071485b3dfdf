import { Command } from 'commander';
import { createApp } from '../../server/app.js';
import { systemClock } from '../../server/clock.js';
import { describeDatabase, loadConfig } from '../../server/config.js';
import { openDatabase } from '../../server/db/client.js';
import { ensureDemoData, printDemoCredentials } from '../../server/seed/demo.js';
import { hasAnyUser } from '../../server/modules/users/users.repository.js';
import { LocalDiskDocumentStore } from '../../server/documents/document-store.js';
import { documentAttachmentLoader } from '../../server/mail/document-attachments.js';
import { startOutboxWorker } from '../../server/mail/outbox-worker.js';
import { startReminderRunner } from '../../server/jobs/reminders.js';
import { createSmtpTransport } from '../../server/mail/smtp-transport.js';

export function serveCommand(): Command {
  return new Command('serve')
    .description('Starta servern / start the server (embedded database unless DATABASE_URL is set)')
    .option('--demo', 'läs in demodata om databasen är tom / load the demo data into an empty database')
    .option('-p, --port <port>', 'port (default: PORT or 3000)')
    .action(async (options: { demo?: boolean; port?: string }) => {
      const config = loadConfig(options.port ? { ...process.env, PORT: options.port } : process.env);
      console.error(`Databas / database: ${describeDatabase(config)}`);
      const database = await openDatabase(config);
      await database.migrate();
      if (options.demo) {
        const demo = await ensureDemoData(
          database,
          systemClock,
          config.dataDir,
          new LocalDiskDocumentStore(config.documentsDir),
        );
        printDemoCredentials(demo);
      } else if (!(await hasAnyUser(database.db))) {
        // An empty installation: nobody can sign in until the first administrator exists. The embedded
        // database is one process's at a time, so there the command runs while the server is stopped.
        const embedded = !config.databaseUrl;
        console.log(
          [
            'Installationen är tom / the installation is empty.',
            embedded
              ? 'Stoppa servern (Ctrl-C) och skapa den första administratören / stop the server (Ctrl-C) and create the first administrator:'
              : 'Skapa den första administratören / create the first administrator:',
            "  printf '%s\\n' 'ett långt lösenord' | npx bidra users add --email du@region.se --name 'Ditt Namn' --role administrator --password-stdin",
            `${embedded ? 'Starta servern igen, logga' : 'Logga'} in och lägg upp stödgivaren under Administration / ${embedded ? 'start the server again, sign' : 'sign'} in and set up the funder under Administration.`,
          ].join('\n'),
        );
      }
      const store = new LocalDiskDocumentStore(config.documentsDir);
      const app = await createApp({
        database,
        clock: systemClock,
        logLevel: config.logLevel,
        documentStore: store,
        oidc: config.oidc,
        sessions: config.sessions,
        publicUrl: config.publicUrl,
        maxUploadBytes: config.maxUploadBytes,
      });
      // Outgoing mail: sent through SMTP when configured, otherwise kept in the outbox (docs/configuration.md).
      const transport = config.smtp ? createSmtpTransport(config.smtp, config.mailFrom) : null;
      if (!transport)
        console.error('SMTP är inte inställt: e-post stannar i utkorgen / no SMTP: mail stays in the outbox');
      const outbox = startOutboxWorker({
        db: database.db,
        clock: systemClock,
        transport,
        loadAttachment: documentAttachmentLoader(database.db, store),
        intervalMs: config.outboxIntervalMs,
        onError: (error) => app.log.error({ err: error }, 'outbox pass failed'),
      });
      // Reminders of reporting and state-allocation deadlines, queued once each in the outbox above.
      const reminders = startReminderRunner({
        db: database.db,
        clock: systemClock,
        onError: (error) => app.log.error({ err: error }, 'reminder pass failed'),
      });
      let closing = false;
      const shutdown = async (signal: string) => {
        if (closing) return;
        closing = true;
        console.error(`${signal}: stänger / shutting down`);
        await app.close();
        await reminders.stop();
        await outbox.stop();
        transport?.close();
        await database.close();
        process.exit(0);
      };
      process.once('SIGINT', () => void shutdown('SIGINT'));
      process.once('SIGTERM', () => void shutdown('SIGTERM'));
      await app.listen({ port: config.port, host: config.host });
      const address = app.server.address();
      const port = typeof address === 'object' && address ? address.port : config.port;
      const shown = config.host === '0.0.0.0' ? 'localhost' : config.host;
      console.log(`Bidra är igång / is running on http://${shown}:${port}`);
    });
}

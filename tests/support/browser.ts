import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { LocalDiskDocumentStore } from '../../src/server/documents/document-store.js';
import { createTestApp, TEST_PASSWORD, type TestApp } from './app.js';
import { startSmtpCapture, type SmtpCapture } from './smtp.js';

/** Debian's Chromium (installed by .ci/run); playwright never downloads a browser of its own. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Whether browser tests can run here. CI sets BIDRA_REQUIRE_BROWSER=1, so there a missing browser is a
 * failure, not a skip; on a developer machine without Chromium the browser tests are skipped, loudly.
 */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.BIDRA_REQUIRE_BROWSER === '1') throw new Error(`Chromium not found at ${CHROMIUM}`);
  console.warn(`Browser tests skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium).`);
  return false;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** axe-core on the page as it is now: no serious or critical WCAG 2.1 A/AA violation. */
export async function expectNoSeriousA11yIssues(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

/** Starts the app on loopback (a free port unless given) for the browser and returns its base URL. */
export async function listenOnLoopback(app: FastifyInstance, port = 0): Promise<string> {
  await app.listen({ port, host: '127.0.0.1' });
  const address = app.server.address();
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}

/** How a browser suite opens a page. Each page has a browser context of its own: pages share no cookies. */
export interface PageOptions {
  /**
   * The default timeout of the page's actions and waits (ms): 10 000 unless given, short so that a failure says
   * what it waited for instead of running into the test's timeout.
   */
  timeout?: number;
  /** The context's locale: 'sv-SE' unless given; `null` leaves Chromium's own. */
  locale?: string | null;
  /** The viewport's width: 1280 unless given. */
  width?: number;
  /** The viewport's height: 900 unless given (720 is what a context gets without a viewport of its own). */
  height?: number;
}

export interface SignInOptions extends PageOptions {
  /** TEST_PASSWORD unless given. */
  password?: string;
  /** The path the sign-in page leads to afterwards (`/logga-in?next=…`); the sign-in page's own choice unless given. */
  next?: string;
}

/** createTestApp's options, and the loopback port to listen on (a free one unless given). */
export type SuiteAppOptions = NonNullable<Parameters<typeof createTestApp>[0]> & { port?: number };

export interface BrowserSuiteOptions {
  /**
   * The app under test, made in beforeAll: createTestApp's options (none: an empty installation), or a function
   * giving them, for a suite that first starts something the app is configured with. `false`: the suite makes
   * its app itself, in a test, and hands it to `serve`.
   */
  app?: SuiteAppOptions | (() => Promise<SuiteAppOptions>) | false;
  /** The app keeps its letters and files in a temporary directory (`documents`), removed afterwards. */
  documentsOnDisk?: boolean;
  /** A test SMTP server (`smtp`) that keeps the mail delivered to it. */
  smtp?: boolean;
  /** Runs once the app is made, before it listens: what the suite's tests start from. */
  setUp?: (t: TestApp) => Promise<void>;
  /** Runs after the browser and the app are closed: closes what the suite started itself. */
  tearDown?: () => Promise<void>;
  /** The set-up's timeout (ms); vitest's hookTimeout unless given. */
  setUpTimeout?: number;
  /** The suite's pages unless a call says otherwise (PageOptions: 10 s, Swedish, 1280×900 unless given). */
  pages?: PageOptions;
}

/** What a browser suite's tests use. A getter used before the suite's beforeAll has made its value throws. */
export interface BrowserSuite {
  readonly t: TestApp;
  /** The app's base URL on loopback, e.g. `http://127.0.0.1:41234`. */
  readonly base: string;
  readonly browser: Browser;
  /** The app's document store (`documentsOnDisk: true`). */
  readonly documents: LocalDiskDocumentStore;
  /** The test SMTP server (`smtp: true`). */
  readonly smtp: SmtpCapture;
  /**
   * A new page signed in through the sign-in page as `email`, returned once it shows the sign-out button. Each
   * call is a separate person.
   */
  signIn(email: string, options?: SignInOptions): Promise<Page>;
  /** A new page of a visitor who has not signed in. */
  newPage(options?: PageOptions): Promise<Page>;
  /**
   * Starts the suite's own app (`app: false`) on loopback and returns its base URL; the suite closes the app and
   * its database when it ends.
   */
  serve(app: Pick<TestApp, 'app' | 'database'>, port?: number): Promise<string>;
}

/**
 * The set-up every browser suite shares, called inside its describe. Its beforeAll makes what the options ask
 * for (a document directory, an SMTP server), makes the app (createTestApp), lets `setUp` add to it, starts it on
 * loopback and launches Chromium; its afterAll closes the browser, the app, the SMTP server, runs `tearDown` and
 * removes the document directory.
 */
export function browserSuite(options: BrowserSuiteOptions = {}): BrowserSuite {
  let t: TestApp | undefined;
  let base: string | undefined;
  let browser: Browser | undefined;
  let documentsDir: string | undefined;
  let documents: LocalDiskDocumentStore | undefined;
  let smtp: SmtpCapture | undefined;

  function made<T>(value: T | undefined, what: string): T {
    if (value !== undefined) return value;
    const when =
      options.app === false && (what === 'app' || what === 'base URL')
        ? 'the suite has app: false, so only after it has handed its app to serve'
        : "use it in a test or a hook, after the suite's beforeAll has run";
    throw new Error(`browserSuite: no ${what} yet: ${when}`);
  }

  function asked(option: 'documentsOnDisk' | 'smtp', what: string): void {
    if (!options[option]) throw new Error(`browserSuite: no ${what}: the suite did not ask for ${option}`);
  }

  async function newPage(given: PageOptions = {}): Promise<Page> {
    const page = { ...options.pages, ...given };
    const locale = page.locale === undefined ? 'sv-SE' : page.locale;
    const context = await made(browser, 'browser').newContext({
      viewport: { width: page.width ?? 1280, height: page.height ?? 900 },
      ...(locale === null ? {} : { locale }),
    });
    const opened = await context.newPage();
    opened.setDefaultTimeout(page.timeout ?? 10_000);
    return opened;
  }

  beforeAll(async () => {
    if (options.documentsOnDisk) {
      documentsDir = await mkdtemp(path.join(os.tmpdir(), 'bidra-e2e-documents-'));
      documents = new LocalDiskDocumentStore(documentsDir);
    }
    if (options.smtp) smtp = await startSmtpCapture();
    if (options.app !== false) {
      const { port, ...appOptions } = typeof options.app === 'function' ? await options.app() : (options.app ?? {});
      t = await createTestApp({ ...appOptions, ...(documents ? { documentStore: documents } : {}) });
      await options.setUp?.(t);
      base = await listenOnLoopback(t.app, port);
    }
    browser = await launchChromium();
  }, options.setUpTimeout);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
    await smtp?.close();
    await options.tearDown?.();
    if (documentsDir) await rm(documentsDir, { recursive: true, force: true });
  });

  return {
    get t() {
      return made(t, 'app');
    },
    get base() {
      return made(base, 'base URL');
    },
    get browser() {
      return made(browser, 'browser');
    },
    get documents() {
      asked('documentsOnDisk', 'document store');
      return made(documents, 'document store');
    },
    get smtp() {
      asked('smtp', 'SMTP server');
      return made(smtp, 'SMTP server');
    },
    newPage,
    async signIn(email, signIn = {}) {
      const page = await newPage(signIn);
      const next = signIn.next === undefined ? '' : `?next=${signIn.next}`;
      await page.goto(`${made(base, 'base URL')}/logga-in${next}`);
      await page.getByLabel('E-postadress').fill(email);
      await page.getByLabel('Lösenord').fill(signIn.password ?? TEST_PASSWORD);
      await page.getByRole('button', { name: 'Logga in' }).click();
      await page.getByRole('button', { name: 'Logga ut' }).waitFor();
      return page;
    },
    async serve({ app, database }, port) {
      if (options.app !== false) throw new Error('browserSuite: serve is for a suite with app: false');
      if (t) throw new Error('browserSuite: the suite already serves an app');
      t = {
        app,
        database,
        close: async () => {
          await app.close();
          await database.close();
        },
      };
      base = await listenOnLoopback(app, port);
      return base;
    },
  };
}

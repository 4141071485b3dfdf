import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { formatSek, ore } from '../../../domain/index.js';
import type { Database } from '../../db/client.js';
import { listPublicProjects, type PublicProjectRow } from './public.repository.js';

const escape = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function row(p: PublicProjectRow): string {
  const period = p.periodStart && p.periodEnd ? `${p.periodStart} – ${p.periodEnd}` : '';
  const share = p.maxShareBp === null ? '' : `${(p.maxShareBp / 100).toFixed(2).replace('.', ',')} %`;
  // Many names already end in their acronym ("… (DVIS)"); show it only when it adds something.
  const acronym = p.acronym && !p.name.includes(p.acronym) ? ` <span class="muted">(${escape(p.acronym)})</span>` : '';
  return `<tr><th scope="row">${escape(p.name)}${acronym}</th>
<td>${escape(p.owner)}${p.ownerOrgNumber ? `<br><span class="muted">${escape(p.ownerOrgNumber)}</span>` : ''}</td>
<td class="num">${escape(formatSek(ore(p.grantedOre)))}</td><td class="num">${share}</td><td class="nowrap">${escape(period)}</td></tr>`;
}

/**
 * `/projektbanken`, the project bank's address in links and open-data descriptions. When the web app is
 * built, the project bank is its start page (with navigation, filters and project pages), and this address
 * leads there with the search kept. Without a built web app, it is the project bank as a plain HTML page
 * (works without JavaScript), and `/` leads to it.
 */
export const homeRoutes: FastifyPluginAsyncZod<{ database: Database; webApp: boolean }> = (
  app,
  { database, webApp },
) => {
  const handler = async (q: string | undefined) => {
    const { rows, total } = await listPublicProjects(database.db, { q, limit: 100, offset: 0 });
    const sum = rows.reduce((s, r) => s + r.grantedOre, 0);
    return `<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Projektbanken – Bidra</title>
<style>
body{font-family:system-ui,sans-serif;margin:0;color:#1b1b1b;background:#fafafa}
header{background:#0b3d5c;color:#fff;padding:1rem 2rem}header a{color:#fff}
main{padding:1rem 2rem;max-width:72rem}
table{border-collapse:collapse;width:100%;background:#fff}th,td{text-align:left;padding:.5rem;border-bottom:1px solid #ccc;vertical-align:top}
.num{text-align:right;white-space:nowrap}.nowrap{white-space:nowrap}.muted{color:#4a4a4a;font-weight:normal}
label{display:block;font-weight:600;margin-bottom:.25rem}input{font-size:1rem;padding:.4rem;width:20rem;max-width:100%}
button{font-size:1rem;padding:.4rem 1rem;background:#0b3d5c;color:#fff;border:0;margin-left:.5rem}
:focus-visible{outline:3px solid #f5a623;outline-offset:2px}
</style></head>
<body><header><strong>Bidra</strong> · Projektbanken</header>
<main id="main"><h1>Beviljade projekt</h1>
<form method="get" action="/projektbanken" role="search"><label for="q">Sök bland projekten</label>
<input id="q" name="q" type="search" value="${escape(q ?? '')}"><button type="submit">Sök</button></form>
<p>${total} projekt${q ? ` som matchar <q>${escape(q)}</q>` : ''}; beviljat i listan: ${escape(formatSek(ore(sum)))}.</p>
<table><caption class="muted">Belopp enligt beslutet i kraft. Öppna data: <a href="/api/v1/public/projects">/api/v1/public/projects</a> · <a href="/api/docs">API-dokumentation</a></caption>
<thead><tr><th scope="col">Projekt</th><th scope="col">Projektägare</th><th scope="col" class="num">Beviljat</th><th scope="col" class="num">Högst andel</th><th scope="col">Projektperiod</th></tr></thead>
<tbody>${rows.map(row).join('\n')}</tbody></table></main></body></html>`;
  };
  const query = z.object({ q: z.string().max(200).optional() });
  app.get('/projektbanken', { schema: { hide: true, querystring: query } }, async (request, reply) => {
    const q = request.query.q?.trim();
    if (webApp) return reply.redirect(q ? `/?${new URLSearchParams({ q }).toString()}` : '/');
    return reply.type('text/html; charset=utf-8').send(await handler(q));
  });
  if (!webApp) app.get('/', { schema: { hide: true } }, (_request, reply) => reply.redirect('/projektbanken'));
  return Promise.resolve();
};

import { localDate, parseLocalDate, type LocalDate } from './calendar.js';

/*
 * Instants and Swedish wall-clock time. People read and type times as a Swede's clock shows them
 * ("2027-03-31 kl. 23.59"); the system stores instants. The conversion follows Europe/Stockholm with
 * its daylight-saving changes (the tz database through Intl, so a future change of the rules is
 * followed without a code change): on the last Sunday of March the clock jumps from 02:00 to 03:00,
 * so 02:30 that day never happens; on the last Sunday of October it goes back from 03:00 to 02:00,
 * so 02:30 that day happens twice. Neither may be guessed silently (docs/domain/calls.md).
 */

/** A time on a Swedish clock: a calendar date and "HH:MM". */
export interface StockholmWallClock {
  date: LocalDate;
  time: string;
}

/** What a wall-clock time in Stockholm is as an instant. */
export type StockholmInstant =
  | { kind: 'exact'; instant: Date }
  /** The hour the clock is put back: the time happens first in summer time, then in winter time. */
  | { kind: 'twice'; earlier: Date; later: Date }
  /** The hour the clock jumps forward: the time never happens that day. */
  | { kind: 'skipped' }
  | { kind: 'invalid' };

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

const wallFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Stockholm',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

function wallParts(instant: Date) {
  const parts = wallFormat.formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
  };
}

/** Minutes Stockholm's clock is ahead of UTC at an instant: 60 in winter, 120 in summer. */
export function stockholmOffsetMinutes(instant: Date): number {
  const w = wallParts(instant);
  const wallMs = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  const instantSeconds = Math.floor(instant.getTime() / 1000) * 1000;
  return Math.round((wallMs - instantSeconds) / MS_PER_MINUTE);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The Swedish clock at an instant, to the minute (seconds are dropped, never rounded up). */
export function stockholmWallClock(instant: Date): StockholmWallClock {
  const w = wallParts(instant);
  return { date: localDate(w.year, w.month, w.day), time: `${pad(w.hour)}:${pad(w.minute)}` };
}

/** "HH:MM" or "H.MM" (the Swedish way of writing it), 00:00–23:59; null for anything else. */
export function parseClockTime(text: string): { hour: number; minute: number } | null {
  const m = /^(\d{1,2})[:.](\d{2})$/.exec(text.trim());
  if (!m) return null;
  const hour = Number(m[1]);
  const minute = Number(m[2]);
  return hour <= 23 && minute <= 59 ? { hour, minute } : null;
}

/** The instant(s) at which Stockholm's clock shows `time` on `date`. */
export function instantFromStockholm(date: string, time: string): StockholmInstant {
  const day = parseLocalDate(date);
  const clock = parseClockTime(time);
  if (!day.ok || !clock) return { kind: 'invalid' };
  const [y, m, d] = day.value.split('-').map(Number) as [number, number, number];
  const wallMs = Date.UTC(y, m - 1, d, clock.hour, clock.minute);
  // Changes of offset are months apart, so the offsets a day before and a day after are every offset
  // this wall time can have; each is a candidate, kept when the clock really shows that time then.
  const offsets = new Set([
    stockholmOffsetMinutes(new Date(wallMs - MS_PER_DAY)),
    stockholmOffsetMinutes(new Date(wallMs + MS_PER_DAY)),
  ]);
  const want = `${day.value} ${pad(clock.hour)}:${pad(clock.minute)}`;
  const found = [...offsets]
    .map((offset) => new Date(wallMs - offset * MS_PER_MINUTE))
    .filter((instant) => {
      const w = stockholmWallClock(instant);
      return `${w.date} ${w.time}` === want;
    })
    .sort((a, b) => a.getTime() - b.getTime());
  if (found.length === 0) return { kind: 'skipped' };
  if (found.length === 1) return { kind: 'exact', instant: found[0]! };
  return { kind: 'twice', earlier: found[0]!, later: found[found.length - 1]! };
}

/**
 * An instant as a Swede writes it, with its zone said in words: "2027-03-31 kl. 23.59 svensk tid" /
 * "2027-03-31 at 23:59 Swedish time". `withZone: false` leaves the zone out (for tables that say it once).
 */
export function formatStockholmDateTime(instant: Date, lang: 'sv' | 'en', withZone = true): string {
  const { date, time } = stockholmWallClock(instant);
  if (lang === 'sv') return `${date} kl. ${time.replace(':', '.')}${withZone ? ' svensk tid' : ''}`;
  return `${date} at ${time}${withZone ? ' Swedish time' : ''}`;
}

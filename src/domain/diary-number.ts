/**
 * Diary numbers follow each funder's own format (GLOSSARY): "RUN {year}/{seq}", "REGAC - {seq} - {year}",
 * "RUN/{seq}/{year}". `{seq}` may carry a width, "{seq:3}" → 007.
 */
export function formatDiaryNumber(format: string, year: number, seq: number): string {
  if (!/\{seq(?::\d+)?\}/.test(format)) throw new RangeError(`diary number format lacks {seq}: ${format}`);
  return format
    .replace(/\{year\}/g, String(year))
    .replace(/\{seq(?::(\d+))?\}/g, (_m, width: string | undefined) => String(seq).padStart(Number(width ?? 0), '0'));
}

/** A headline figure in millions, as a press release writes it: 25 421 501 kr → "25,4 miljoner". */
export function formatMillions(ore: number, decimals = 1): string {
  const step = 10 ** (6 - decimals) * 100; // öre per last shown digit
  const units = Math.floor((ore + step / 2) / step); // half up
  const whole = Math.floor(units / 10 ** decimals);
  const frac = units % 10 ** decimals;
  const text = decimals > 0 && frac !== 0 ? `${whole},${String(frac).padStart(decimals, '0')}` : String(whole);
  return `${text} miljoner`;
}

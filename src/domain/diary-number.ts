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

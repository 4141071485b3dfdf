import { useRef, useState } from 'react';
import { formatSek, ore, parseSek } from '../../../../src/domain/index.js';
import type { SummaryItem } from '../../components/ErrorSummary.js';

/**
 * The problems of one form: the items of its error summary, the summary focused when they are shown
 * (GOV.UK: after a failed submit focus moves to the summary), and each field's own message.
 */
export function useFormProblems() {
  const [items, setItems] = useState<SummaryItem[]>([]);
  const ref = useRef<HTMLDivElement>(null);
  return {
    items,
    ref,
    fail(list: SummaryItem[]) {
      setItems(list);
      requestAnimationFrame(() => ref.current?.focus());
    },
    clear: () => setItems([]),
    inline: (fieldId: string) => items.find((i) => i.fieldId === fieldId)?.message,
  };
}

/** Kronor as typed ("1 200 000", "1,2 miljoner") in öre by the domain's reading; null when empty, undefined when not an amount of 0 or more. */
export function kronorToOre(text: string): number | null | undefined {
  if (text.trim() === '') return null;
  const r = parseSek(text);
  return r.ok && r.value >= 0 ? r.value : undefined;
}

/** Öre as the field shows them for editing: "1 200 000 kr". */
export const oreToField = (o: number | null): string => (o === null ? '' : formatSek(ore(o)));

/** A four-digit year as typed, null when empty, undefined when not a year. */
export function parseYear(text: string): number | null | undefined {
  const t = text.trim();
  if (t === '') return null;
  return /^\d{4}$/.test(t) ? Number(t) : undefined;
}

/** For `problemItems`: each server path is the id of the field of the same name. */
export const sameIds = (paths: string[]): Record<string, string> => Object.fromEntries(paths.map((p) => [p, p]));

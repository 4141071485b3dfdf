import { z } from 'zod';

// Control characters (NUL above all, which PostgreSQL refuses in text) have no place in names and messages;
// line breaks and tabs are kept where a longer text allows them.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/u;
const LINE_BREAKS = /[\n\r\t]/u;

/** A one-line text from a form or query: trimmed, 1..max characters, no control characters. */
export const plainText = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((s) => !CONTROL.test(s) && !LINE_BREAKS.test(s), {
      message: 'Texten innehåller otillåtna tecken / the text contains characters that are not allowed',
    });

/** A longer text (a message): line breaks allowed, other control characters not. */
export const longText = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((s) => !CONTROL.test(s), {
      message: 'Texten innehåller otillåtna tecken / the text contains characters that are not allowed',
    });

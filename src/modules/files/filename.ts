import { extensionOf, type AcceptedType } from './types.js';

/**
 * The name an attachment is shown and downloaded under. Only the last path segment of what
 * the browser sent is kept; control characters, bidirectional overrides (which can make
 * `exe.pdf` read as `fdp.exe`) and the characters Windows forbids in names are removed;
 * letters of every script stay.
 */
export const MAX_FILENAME_LENGTH = 200;
const FALLBACK = 'attachment';

// Cc: C0/C1 controls, DEL. The bidirectional marks, embeddings, overrides and isolates.
const CONTROLS = /[\p{Cc}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;
const RESERVED = /[<>:"|?*]/g;

/** Cuts to at most `max` code points, never inside a surrogate pair. */
function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : chars.slice(0, max).join('');
}

function fitWithExtension(name: string, max: number): string {
  if (Array.from(name).length <= max) return name;
  const ext = extensionOf(name);
  if (!ext || ext.length > 16) return truncate(name, max);
  const stem = name.slice(0, name.length - ext.length - 1);
  return `${truncate(stem, max - Array.from(ext).length - 1).trimEnd()}.${ext}`;
}

export function sanitizeFilename(raw: string): string {
  const lastSegment = raw.split(/[/\\]/).pop() ?? '';
  const cleaned = lastSegment
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .replace(CONTROLS, '')
    .replace(RESERVED, '_')
    // No hidden files, no trailing dots or spaces (Windows drops them).
    .replace(/^[\s.]+|[\s.]+$/g, '');
  return fitWithExtension(cleaned || FALLBACK, MAX_FILENAME_LENGTH);
}

/**
 * The name with an extension that matches the sniffed type, so the file opens in the right
 * program once downloaded: `scan.jpeg` stays, a PNG sent as `scan.pdf` becomes `scan.pdf.png`.
 */
export function nameForType(filename: string, type: AcceptedType): string {
  if (type.extensions.includes(extensionOf(filename))) return filename;
  return fitWithExtension(`${filename}.${type.extensions[0]}`, MAX_FILENAME_LENGTH);
}

import { describe, expect, it } from 'vitest';
import { MAX_FILENAME_LENGTH, nameForType, sanitizeFilename } from './filename.js';
import { ACCEPTED_TYPES } from './types.js';

const png = ACCEPTED_TYPES.find((t) => t.mediaType === 'image/png')!;
const jpeg = ACCEPTED_TYPES.find((t) => t.mediaType === 'image/jpeg')!;

describe('sanitizeFilename', () => {
  it('keeps only the last path segment, whichever separator the browser used', () => {
    expect(sanitizeFilename('C:\\Users\\ana\\Desktop\\report.pdf')).toBe('report.pdf');
    expect(sanitizeFilename('../../etc/passwd')).toBe('passwd');
  });

  it('keeps letters of every script and removes control and bidirectional characters', () => {
    expect(sanitizeFilename('Zeugnis Müller – Ελληνικά 日本.pdf')).toBe('Zeugnis Müller – Ελληνικά 日本.pdf');
    expect(sanitizeFilename('invoice\u202Efdp.exe')).toBe('invoicefdp.exe');
    expect(sanitizeFilename('a\u0000b\u0007c\nd.txt')).toBe('abc d.txt');
  });

  it('replaces the characters Windows forbids and trims dots and spaces at the ends', () => {
    expect(sanitizeFilename('  ..what: "now"?.pdf. ')).toBe('what_ _now__.pdf');
  });

  it('names an empty result "attachment"', () => {
    expect(sanitizeFilename('')).toBe('attachment');
    expect(sanitizeFilename('/\u0001/')).toBe('attachment');
  });

  it(`cuts long names to ${MAX_FILENAME_LENGTH} characters, keeping the extension and whole characters`, () => {
    const long = sanitizeFilename(`${'😀'.repeat(300)}.pdf`);
    expect(Array.from(long)).toHaveLength(MAX_FILENAME_LENGTH);
    expect(long.endsWith('😀.pdf')).toBe(true);
  });
});

describe('nameForType', () => {
  it('keeps a name whose extension matches the sniffed type, and adds one otherwise', () => {
    expect(nameForType('scan.JPEG', jpeg)).toBe('scan.JPEG');
    expect(nameForType('scan.pdf', png)).toBe('scan.pdf.png');
    expect(nameForType('scan', png)).toBe('scan.png');
  });
});

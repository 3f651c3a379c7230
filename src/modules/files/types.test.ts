import { describe, expect, it } from 'vitest';
import { ACCEPTED_EXTENSIONS, ACCEPTED_TYPES, sniffAcceptedType } from './types.js';
import { imageHeaders, sampleAsice, sampleDocm, sampleDocx, sampleElf, sampleOds, sampleOdt, samplePdf, samplePe, samplePng, sampleXlsx } from './test-fixtures.js';

async function sniff(content: Buffer | string, filename: string): Promise<string | undefined> {
  return (await sniffAcceptedType(Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'), filename))?.mediaType;
}

describe('the accepted types', () => {
  it('lists each type once with its extensions, for the docs and the upload form', () => {
    expect(new Set(ACCEPTED_TYPES.map((t) => t.mediaType)).size).toBe(ACCEPTED_TYPES.length);
    expect(ACCEPTED_EXTENSIONS).toEqual(expect.arrayContaining(['pdf', 'png', 'jpg', 'docx', 'xlsx', 'odt', 'ods', 'xml', 'txt', 'csv']));
  });
});

describe('sniffing by content', () => {
  it('accepts a PDF, a PNG, a DOCX, an XLSX and an ODT whatever their names', async () => {
    expect(await sniff(samplePdf(), 'decision.pdf')).toBe('application/pdf');
    expect(await sniff(samplePng(), 'photo')).toBe('image/png');
    expect(await sniff(sampleDocx(), 'letter.docx')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(await sniff(sampleXlsx(), 'figures.bin')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(await sniff(sampleOdt(), 'brief.odt')).toBe('application/vnd.oasis.opendocument.text');
    expect(await sniff(sampleOds(), 'table.ods')).toBe('application/vnd.oasis.opendocument.spreadsheet');
  });

  it('accepts JPEG, GIF, WebP and TIFF images by their signatures', async () => {
    const images = imageHeaders();
    expect(await sniff(images.jpeg, 'a.txt')).toBe('image/jpeg');
    expect(await sniff(images.gif, 'b')).toBe('image/gif');
    expect(await sniff(images.webp, 'c')).toBe('image/webp');
    expect(await sniff(images.tiff, 'd')).toBe('image/tiff');
  });

  it('refuses renamed executables: an ELF or a Windows PE called report.pdf', async () => {
    expect(await sniff(sampleElf(), 'report.pdf')).toBeUndefined();
    expect(await sniff(samplePe(), 'report.pdf')).toBeUndefined();
    expect(await sniff(samplePe(), 'report.txt')).toBeUndefined();
  });

  it('refuses macro-enabled Word documents and generic zips (ASiC-E containers included)', async () => {
    expect(await sniff(sampleDocm(), 'letter.docx')).toBeUndefined();
    expect(await sniff(sampleAsice(), 'signed.asice')).toBeUndefined();
  });

  it('refuses a PDF claimed by the browser but not in the bytes', async () => {
    expect(await sniff('this is not a PDF', 'decision.pdf')).toBeUndefined();
  });
});

describe('text, CSV and XML rules', () => {
  it('accepts UTF-8 text named .txt or .csv, in any script', async () => {
    expect(await sniff('Bonjour, ceci est une note.\nΚαλημέρα. Добър ден.\n', 'note.txt')).toBe('text/plain');
    expect(await sniff('name;country\nMüller;DE\n', 'list.CSV')).toBe('text/csv');
  });

  it('refuses text with another name, text with NUL bytes, and invalid UTF-8', async () => {
    expect(await sniff('<script>alert(1)</script>', 'page.html')).toBeUndefined();
    expect(await sniff('a\u0000b', 'note.txt')).toBeUndefined();
    expect(await sniff(Buffer.from([0x68, 0xe9, 0x6c, 0x6c, 0x6f]), 'latin1.txt')).toBeUndefined();
  });

  it('accepts XML by its declaration, or by a root element when named .xml', async () => {
    expect(await sniff('<?xml version="1.0" encoding="UTF-8"?><certificate/>', 'data')).toBe('application/xml');
    expect(await sniff('\uFEFF<?xml version="1.0"?>\n<!-- c --><ns:doc xmlns:ns="urn:x"/>', 'data.xml')).toBe('application/xml');
    expect(await sniff('<certificate><holder>Ana</holder></certificate>', 'certificate.xml')).toBe('application/xml');
    expect(await sniff('<certificate/>', 'certificate.txt')).toBe('text/plain');
    expect(await sniff('not xml at all', 'data.xml')).toBeUndefined();
  });

  it('refuses SVG and XHTML, which a browser would run as active content', async () => {
    expect(await sniff('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', 'logo.xml')).toBeUndefined();
    expect(await sniff('<!DOCTYPE html [ <!ENTITY x "y"> ]><html xmlns="http://www.w3.org/1999/xhtml"/>', 'page.xml')).toBeUndefined();
  });
});

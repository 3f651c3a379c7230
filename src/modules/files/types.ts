import { fileTypeFromBuffer } from 'file-type';

/**
 * The attachment types OpenIMI accepts, decided by the content (file-type's magic-number
 * sniffing), never by the name or the type the browser claims. The stored media type is the
 * sniffed one.
 *
 * Formats with no magic number (plain text, CSV, XML without a declaration) are recognised by
 * a content rule plus their extension: valid UTF-8 without NUL bytes. XML whose root is `svg`
 * or `html` is refused: a browser opening it would run its scripts.
 *
 * Not accepted: ASiC-E e-signature containers. file-type 21 reads their `mimetype` entry but
 * does not know `application/vnd.etsi.asic-e+zip` and reports a plain zip, and a generic zip
 * can hold anything.
 */
export interface AcceptedType {
  /** How people call it, for docs and the UI. */
  label: string;
  mediaType: string;
  /** Lower-case, without the dot; the first is the one added to a name that lacks it. */
  extensions: readonly [string, ...string[]];
}

export const ACCEPTED_TYPES = [
  { label: 'PDF', mediaType: 'application/pdf', extensions: ['pdf'] },
  { label: 'PNG', mediaType: 'image/png', extensions: ['png'] },
  { label: 'JPEG', mediaType: 'image/jpeg', extensions: ['jpg', 'jpeg'] },
  { label: 'TIFF', mediaType: 'image/tiff', extensions: ['tif', 'tiff'] },
  { label: 'WebP', mediaType: 'image/webp', extensions: ['webp'] },
  { label: 'GIF', mediaType: 'image/gif', extensions: ['gif'] },
  { label: 'Word (DOCX)', mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extensions: ['docx'] },
  { label: 'Excel (XLSX)', mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extensions: ['xlsx'] },
  { label: 'OpenDocument text (ODT)', mediaType: 'application/vnd.oasis.opendocument.text', extensions: ['odt'] },
  { label: 'OpenDocument spreadsheet (ODS)', mediaType: 'application/vnd.oasis.opendocument.spreadsheet', extensions: ['ods'] },
  { label: 'XML', mediaType: 'application/xml', extensions: ['xml'] },
  { label: 'Plain text', mediaType: 'text/plain', extensions: ['txt'] },
  { label: 'CSV', mediaType: 'text/csv', extensions: ['csv'] },
] as const satisfies readonly AcceptedType[];

/** Every accepted extension, e.g. for an `accept` attribute: `.pdf,.png,…`. */
export const ACCEPTED_EXTENSIONS: readonly string[] = ACCEPTED_TYPES.flatMap((t) => t.extensions);

/** Media types file-type reports for a variant of an accepted type. */
const SNIFFED_ALIASES: Record<string, string> = { 'image/apng': 'image/png' };

/** Root elements that make an XML document active content when a browser opens it. */
const ACTIVE_XML_ROOTS = new Set(['svg', 'html']);

function byMediaType(mediaType: string): AcceptedType | undefined {
  return ACCEPTED_TYPES.find((t) => t.mediaType === mediaType);
}

export function extensionOf(filename: string): string {
  const dot = filename.lastIndexOf('.');
  return dot > 0 ? filename.slice(dot + 1).toLowerCase() : '';
}

/** Valid UTF-8 (a BOM allowed) and no NUL byte: what text, CSV and XML without a declaration must be. */
export function isUtf8Text(content: Buffer): boolean {
  if (content.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(content);
    return true;
  } catch {
    return false;
  }
}

/** The local name of the root element, or undefined when the text does not look like XML. */
function xmlRootName(text: string): string | undefined {
  const body = text
    .replace(/^\uFEFF/, '')
    .replace(/<\?[\s\S]*?\?>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<!DOCTYPE(?:[^[>]|\[[\s\S]*?\])*>/i, '')
    .trimStart();
  const m = /^<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)[\s/>]/.exec(body);
  return m?.[2]?.toLowerCase();
}

function acceptableXml(content: Buffer): boolean {
  if (!isUtf8Text(content)) return false;
  const root = xmlRootName(content.toString('utf8'));
  return root !== undefined && !ACTIVE_XML_ROOTS.has(root);
}

/**
 * The accepted type of this content, or undefined when it is not one OpenIMI takes.
 * The name matters only for the formats that have no signature (text, CSV, undeclared XML).
 */
export async function sniffAcceptedType(content: Buffer, filename: string): Promise<AcceptedType | undefined> {
  let sniffed: Awaited<ReturnType<typeof fileTypeFromBuffer>>;
  try {
    sniffed = await fileTypeFromBuffer(content);
  } catch {
    return undefined; // content the sniffer cannot parse is refused, not an internal error
  }
  if (sniffed) {
    const type = byMediaType(SNIFFED_ALIASES[sniffed.mime] ?? sniffed.mime);
    if (type?.mediaType === 'application/xml' && !acceptableXml(content)) return undefined;
    return type;
  }
  if (!isUtf8Text(content)) return undefined;
  const ext = extensionOf(filename);
  if (ext === 'xml') return acceptableXml(content) ? byMediaType('application/xml') : undefined;
  if (ext === 'txt') return byMediaType('text/plain');
  if (ext === 'csv') return byMediaType('text/csv');
  return undefined;
}

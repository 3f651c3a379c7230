/**
 * UI strings: `locales/<lang>/<namespace>.json` at the project root, flat keys of ICU
 * messages, the same files the server uses. Each language's files are fetched lazily and
 * merged into one catalogue.
 */
export type Catalog = Record<string, string>;

const files = import.meta.glob<Catalog>('../../../locales/*/*.json', { import: 'default' });

/** `../../../locales/de/web.json` → `de`. */
export function languageOfPath(path: string): string | null {
  const match = /\/locales\/([^/]+)\/[^/]+\.json$/.exec(path);
  return match?.[1] ?? null;
}

/** Merges the namespace files of one language; later files never remove earlier keys. */
export function mergeCatalogs(parts: readonly Catalog[]): Catalog {
  return Object.assign({}, ...parts) as Catalog;
}

export async function loadCatalog(language: string): Promise<Catalog> {
  const loaders = Object.entries(files)
    .filter(([path]) => languageOfPath(path) === language)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, load]) => load());
  return mergeCatalogs(await Promise.all(loaders));
}

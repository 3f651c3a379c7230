import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCatalogue } from '../api/queries';
import type { CatalogueArea, CatalogueView } from '../api/catalogue';
import { sortByLabel } from '../i18n/names';

export interface CatalogueNames {
  catalogue: CatalogueView | undefined;
  /** The policy areas sorted by their names in the interface language. */
  areas: CatalogueArea[];
  area(code: string): string;
  procedure(code: string): string;
  profession(code: string): string;
  /** Names of several codes, joined for a table cell or a description list. */
  list(kind: 'area' | 'procedure' | 'profession', codes: readonly string[]): string;
}

/** Names of policy areas, procedures and professions in the interface language, from GET /catalogue. */
export function useCatalogueNames(): CatalogueNames {
  const { i18n } = useTranslation();
  const catalogue = useCatalogue(i18n.language);
  const lang = i18n.language;
  return useMemo(() => {
    const data = catalogue.data;
    const areas = new Map(data?.areas.map((a) => [a.code, a.name]));
    const procedures = new Map(data?.areas.flatMap((a) => a.procedures.map((p) => [p.code, p.name] as const)));
    const professions = new Map(data?.professions.map((p) => [p.code, p.name]));
    // Until the catalogue has loaded (or for a code it no longer has), the code itself.
    const area = (code: string) => areas.get(code) ?? code;
    const procedure = (code: string) => procedures.get(code) ?? code;
    const profession = (code: string) => professions.get(code) ?? code;
    const by = { area, procedure, profession };
    return {
      catalogue: data,
      areas: sortByLabel((data?.areas ?? []).map((a) => ({ ...a, label: a.name })), lang),
      area,
      procedure,
      profession,
      list: (kind, codes) => codes.map(by[kind]).join(', '),
    };
  }, [catalogue.data, lang]);
}

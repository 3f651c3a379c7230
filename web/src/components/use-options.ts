import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useReference } from '../api/queries';
import { useCatalogueNames } from './use-catalogue-names';
import type { Role } from '../api/types';
import { countryName, languageName, sortByLabel } from '../i18n/names';
import type { Option } from './SelectField';

export interface ReferenceOptions {
  ready: boolean;
  countries: Option[];
  /** All languages an authority may use (26), named in the reader's language. */
  languages: Option[];
  /** The interface languages, each by its own name. */
  uiLanguages: Option[];
  /** Policy areas, named from the catalogue and sorted for the reader. */
  areas: Option[];
  /** Procedures area by area, in the order of `areas`, each area's in catalogue order. */
  procedures: Option[];
  /** Professions and activities of the catalogue's taxonomy, sorted by name. */
  professions: Option[];
  roles: Option[];
}

/** Choices built from GET /api/v1/reference, labelled and sorted for the reader. */
export function useOptions(): ReferenceOptions {
  const { t, i18n } = useTranslation();
  const reference = useReference();
  const names = useCatalogueNames();
  const lang = i18n.language;
  return useMemo(() => {
    const data = reference.data;
    const catalogue = names.catalogue;
    if (!data || !catalogue) return { ready: false, countries: [], languages: [], uiLanguages: [], areas: [], procedures: [], professions: [], roles: [] };
    return {
      ready: true,
      countries: sortByLabel(data.countries.map((c) => ({ value: c.code, label: countryName(c.code, lang) })), lang),
      languages: sortByLabel(data.languages.map((l) => ({ value: l.code, label: languageName(l.code, lang) })), lang),
      uiLanguages: data.languages.filter((l) => l.euOfficial).map((l) => ({ value: l.code, label: l.endonym, lang: l.code })),
      areas: names.areas.map((a) => ({ value: a.code, label: a.name })),
      procedures: names.areas.flatMap((a) => a.procedures.map((p) => ({ value: p.code, label: p.name }))),
      professions: sortByLabel(catalogue.professions.map((p) => ({ value: p.code, label: p.name })), lang),
      roles: data.roles.map((r) => ({ value: r, label: t(`web.role.${r}`) })),
    };
  }, [reference.data, names.catalogue, names.areas, lang, t]);
}

/** Role names joined for a table cell. */
export function useRoleNames(): (roles: readonly Role[]) => string {
  const { t } = useTranslation();
  return (roles) => roles.map((r) => t(`web.role.${r}`)).join(', ');
}

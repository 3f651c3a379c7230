import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCatalogueNames } from '../../components/use-catalogue-names';
import type { AuthorityProfile } from '../../api/types';
import { countryName, languageName } from '../../i18n/names';

/** One term and its definition of an ECL description list. */
export function Item({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt className="ecl-description-list__term">{term}</dt>
      <dd className="ecl-description-list__definition">{children}</dd>
    </>
  );
}

type AuthorityFactsOf = Pick<AuthorityProfile, 'names' | 'country' | 'address' | 'contactEmail' | 'languages' | 'competences' | 'procedures' | 'professions'> & {
  region?: string | null;
  contactPhone?: string | null;
};

/** The profile as an ECL description list. */
export function AuthorityDetails({ authority }: { authority: AuthorityProfile }) {
  return (
    <dl className="ecl-description-list ecl-description-list--horizontal">
      <AuthorityFacts authority={authority} />
    </dl>
  );
}

/** An authority's names, place, contacts, languages and competences, as items of a description list (a profile, or a registration request). */
export function AuthorityFacts({ authority: a }: { authority: AuthorityFactsOf }) {
  const { t, i18n } = useTranslation();
  const names = useCatalogueNames();
  const lang = i18n.language;
  return (
    <>
      <Item term={t('web.field.names')}>
        <ul className="openimi-plain-list">
          {a.names.map((n) => (
            <li key={n.language}>
              <span lang={n.language}>{n.name}</span> <span>({languageName(n.language, lang)})</span>
            </li>
          ))}
        </ul>
      </Item>
      <Item term={t('web.field.country')}>{countryName(a.country, lang)}</Item>
      {a.region && <Item term={t('web.field.region')}>{a.region}</Item>}
      <Item term={t('web.field.address')}>
        <span className="openimi-pre-line">{a.address}</span>
      </Item>
      <Item term={t('web.field.contactEmail')}>
        <a className="ecl-link" href={`mailto:${a.contactEmail}`}>
          {a.contactEmail}
        </a>
      </Item>
      {a.contactPhone && (
        <Item term={t('web.field.contactPhone')}>
          <a className="ecl-link" href={`tel:${a.contactPhone.replace(/\s+/g, '')}`}>
            {a.contactPhone}
          </a>
        </Item>
      )}
      <Item term={t('web.field.languages')}>{a.languages.map((l) => languageName(l, lang)).join(', ')}</Item>
      <Item term={t('web.field.competences')}>{names.list('area', a.competences)}</Item>
      {a.procedures.length > 0 && (
        <Item term={t('web.field.procedures')}>
          <ul className="openimi-plain-list">
            {a.procedures.map((code) => (
              <li key={code}>
                <Link className="ecl-link" to={`/catalogue/procedures/${code}`}>
                  {names.procedure(code)}
                </Link>
              </li>
            ))}
          </ul>
        </Item>
      )}
      {a.professions.length > 0 && <Item term={t('web.field.professions')}>{names.list('profession', a.professions)}</Item>}
    </>
  );
}

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Registration } from '../../api/types';
import { countryName, languageName } from '../../i18n/names';
import { formatDate } from './registration-view';

function Item({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt className="ecl-description-list__term">{term}</dt>
      <dd className="ecl-description-list__definition">{children}</dd>
    </>
  );
}

/** What the authority submitted, and who will administer it. */
export function RegistrationSummary({ registration: r }: { registration: Registration }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const a = r.authority;
  return (
    <dl className="ecl-description-list ecl-description-list--horizontal ecl-u-mb-xl">
      <Item term={t('web.registration.status')}>{t(`web.registrationStatus.${r.status}`)}</Item>
      {r.submittedAt && <Item term={t('web.queue.submitted')}>{formatDate(r.submittedAt, lang)}</Item>}
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
      <Item term={t('web.field.contactEmail')}>{a.contactEmail}</Item>
      {a.contactPhone && <Item term={t('web.field.contactPhone')}>{a.contactPhone}</Item>}
      <Item term={t('web.field.languages')}>{a.languages.map((l) => languageName(l, lang)).join(', ')}</Item>
      <Item term={t('web.field.competences')}>{a.competences.map((c) => t(`web.area.${c}`)).join(', ')}</Item>
      <Item term={t('web.registration.administrator')}>
        {r.administrator.name} &lt;{r.administrator.email}&gt; · {languageName(r.administrator.preferredLanguage, lang)}
      </Item>
      {r.reason && <Item term={t('web.registration.reason')}>{r.reason}</Item>}
    </dl>
  );
}

import { useTranslation } from 'react-i18next';
import type { Registration } from '../../api/types';
import { languageName } from '../../i18n/names';
import { AuthorityFacts, Item } from '../directory/AuthorityDetails';
import { formatDate } from './registration-view';

/** What the authority submitted, and who will administer it. */
export function RegistrationSummary({ registration: r }: { registration: Registration }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <dl className="ecl-description-list ecl-description-list--horizontal ecl-u-mb-xl">
      <Item term={t('web.registration.status')}>{t(`web.registrationStatus.${r.status}`)}</Item>
      {r.submittedAt && <Item term={t('web.queue.submitted')}>{formatDate(r.submittedAt, lang)}</Item>}
      <AuthorityFacts authority={r.authority} />
      <Item term={t('web.registration.administrator')}>
        {r.administrator.name} &lt;{r.administrator.email}&gt; · {languageName(r.administrator.preferredLanguage, lang)}
      </Item>
      {r.reason && <Item term={t('web.registration.reason')}>{r.reason}</Item>}
    </dl>
  );
}

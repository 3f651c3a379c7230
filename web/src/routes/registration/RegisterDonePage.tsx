import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { Notification } from '../../components/Notification';
import { Page } from '../../components/Page';

/** After a registration: what happens next. */
export function RegisterDonePage() {
  const { t } = useTranslation();
  const state = useLocation().state as { id?: string; email?: string } | null;
  return (
    <Page title={t('web.registerDone.title')}>
      <Notification variant="success" role="status" title={t('web.registerDone.noticeTitle')} className="ecl-u-mb-l">
        {t('web.registerDone.notice', { email: state?.email ?? '' })}
      </Notification>
      {state?.id && <p className="ecl-u-type-paragraph">{t('web.registerDone.reference', { id: state.id })}</p>}
      <Link className="ecl-link ecl-link--standalone" to="/">
        {t('web.action.backHome')}
      </Link>
    </Page>
  );
}

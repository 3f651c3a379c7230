import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../../components/Page';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('web.notFound.title')} description={t('web.notFound.text')}>
      <Link className="ecl-link ecl-link--standalone" to="/">
        {t('web.action.backHome')}
      </Link>
    </Page>
  );
}

import { useTranslation } from 'react-i18next';
import { Link, useRouteError } from 'react-router';
import { Page } from '../../components/Page';
import { ProblemNotice } from '../../components/ProblemNotice';

/** A screen that failed to render: say so, in the reader's language, and offer a way home. */
export function RouteErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  return (
    <Page title={t('web.error.title')}>
      <ProblemNotice error={error} />
      <Link className="ecl-link ecl-link--standalone" to="/">
        {t('web.action.backHome')}
      </Link>
    </Page>
  );
}

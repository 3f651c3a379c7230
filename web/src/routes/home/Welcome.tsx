import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../../components/Page';

/** The home page for visitors who are not signed in. */
export function Welcome() {
  const { t } = useTranslation();
  return (
    <Page title={t('web.welcome.title')} description={t('web.welcome.intro')}>
      <div className="ecl-row">
        <div className="ecl-col-12 ecl-col-m-6 ecl-u-mb-l">
          <h2 className="ecl-u-type-heading-2">{t('web.welcome.signInTitle')}</h2>
          <p className="ecl-u-type-paragraph">{t('web.welcome.signInText')}</p>
          <Link className="ecl-button ecl-button--primary" to="/login">
            {t('web.login.submit')}
          </Link>
        </div>
        <div className="ecl-col-12 ecl-col-m-6 ecl-u-mb-l">
          <h2 className="ecl-u-type-heading-2">{t('web.welcome.registerTitle')}</h2>
          <p className="ecl-u-type-paragraph">{t('web.welcome.registerText')}</p>
          <Link className="ecl-button ecl-button--secondary" to="/register">
            {t('web.nav.register')}
          </Link>
        </div>
      </div>
    </Page>
  );
}

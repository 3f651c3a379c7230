import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSystem } from '../api/queries';

/** ECL site footer: what this site is, the version, and where to find help. */
export function SiteFooter() {
  const { t } = useTranslation();
  const system = useSystem();
  return (
    <footer className="ecl-site-footer">
      <div className="ecl-container">
        <div className="ecl-site-footer__row">
          <div className="ecl-site-footer__column">
            <div className="ecl-site-footer__section ecl-site-footer__section--site-info">
              <h2 className="ecl-site-footer__title">
                <Link className="ecl-link ecl-link--standalone ecl-link--inverted ecl-site-footer__title-link" to="/">
                  {t('web.site.name')}
                </Link>
              </h2>
              <div className="ecl-site-footer__description">{t('web.footer.description')}</div>
              {system.data && <div className="ecl-site-footer__description ecl-u-mt-s">{t('web.footer.version', { version: system.data.version })}</div>}
            </div>
          </div>
          <div className="ecl-site-footer__column">
            <div className="ecl-site-footer__section">
              <h2 className="ecl-site-footer__title ecl-site-footer__title--separator">{t('web.footer.help')}</h2>
              <ul className="ecl-site-footer__list">
                <li className="ecl-site-footer__list-item">
                  <Link className="ecl-link ecl-link--standalone ecl-link--inverted ecl-site-footer__link" to="/register">
                    {t('web.footer.register')}
                  </Link>
                </li>
                <li className="ecl-site-footer__list-item">
                  <Link className="ecl-link ecl-link--standalone ecl-link--inverted ecl-site-footer__link" to="/forgot-password">
                    {t('web.footer.forgotPassword')}
                  </Link>
                </li>
                <li className="ecl-site-footer__list-item">
                  <a className="ecl-link ecl-link--standalone ecl-link--inverted ecl-site-footer__link" href="/api/docs">
                    {t('web.footer.apiDocs')}
                  </a>
                </li>
              </ul>
            </div>
          </div>
        </div>
      </div>
    </footer>
  );
}

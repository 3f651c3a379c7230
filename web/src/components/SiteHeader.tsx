import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LanguageSwitcher } from './LanguageSwitcher';
import { NotificationBell } from '../routes/requests/NotificationBell';
import { MainMenu } from './MainMenu';
import { TrainingBanner } from './TrainingBanner';
import { UserBox } from './UserBox';

/** ECL site header: site name, user box, language switcher, training notice, menu. */
export function SiteHeader() {
  const { t } = useTranslation();
  return (
    <header className="ecl-site-header">
      <div className="ecl-site-header__inner">
        <div className="ecl-site-header__background">
          <div className="ecl-site-header__header">
            <div className="ecl-site-header__container ecl-container">
              <div className="ecl-site-header__top">
                <Link className="ecl-link ecl-link--standalone ecl-site-header__logo-link openimi-wordmark" to="/" aria-label={t('web.header.homeLink')}>
                  <span className="openimi-wordmark__name">{t('web.site.name')}</span>
                </Link>
                <div className="ecl-site-header__action">
                  <UserBox />
                  <NotificationBell />
                  <LanguageSwitcher />
                </div>
              </div>
            </div>
          </div>
        </div>
        <TrainingBanner />
        <div className="ecl-site-header__banner">
          <div className="ecl-container">
            <div className="ecl-site-header__site-name">{t('web.site.tagline')}</div>
          </div>
        </div>
        <MainMenu />
      </div>
    </header>
  );
}

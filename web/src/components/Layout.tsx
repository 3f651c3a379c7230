import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { useMe } from '../api/queries';
import { isUiLanguage } from '../i18n/languages';
import { applyLanguage } from '../i18n/setup';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';

/** Moves focus to the new page's heading after a navigation, so screen readers follow. */
function useFocusOnNavigation(): void {
  const location = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const frame = requestAnimationFrame(() => {
      const heading = document.querySelector<HTMLElement>('main [data-page-title]') ?? document.getElementById('main-content');
      heading?.focus({ preventScroll: false });
    });
    return () => cancelAnimationFrame(frame);
  }, [location.pathname]);
}

/** A signed-in user's saved language wins over the one this browser remembered. */
function useUserLanguage(): void {
  const me = useMe();
  const preferred = me.data?.preferredLanguage;
  useEffect(() => {
    if (isUiLanguage(preferred)) void applyLanguage(preferred);
  }, [preferred]);
}

export function Layout() {
  const { t } = useTranslation();
  useFocusOnNavigation();
  useUserLanguage();
  return (
    <>
      <a className="ecl-skip-link" href="#main-content">
        {t('web.skipLink')}
      </a>
      <SiteHeader />
      <main id="main-content" tabIndex={-1} className="openimi-main">
        <Outlet />
      </main>
      <SiteFooter />
    </>
  );
}

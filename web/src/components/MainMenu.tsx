import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation, useMatch, useResolvedPath } from 'react-router';
import { useMe } from '../api/queries';
import type { Me } from '../api/types';
import { Icon } from './Icon';
import { takesPartInRequests } from '../routes/requests/involvement';

interface MenuItem {
  to: string;
  label: string;
  end?: boolean;
}

/** What a person may reach from the menu, by what they are. */
export function menuItems(me: Me | null | undefined, t: (key: string) => string): MenuItem[] {
  const items: MenuItem[] = [{ to: '/', label: t('web.nav.home'), end: true }];
  if (!me) {
    items.push({ to: '/catalogue', label: t('web.nav.catalogue') });
    items.push({ to: '/register', label: t('web.nav.register') });
    return items;
  }
  if (takesPartInRequests(me)) items.push({ to: '/requests', label: t('requests.nav.requests') });
  items.push({ to: '/directory', label: t('web.nav.directory') });
  items.push({ to: '/catalogue', label: t('web.nav.catalogue') });
  if (me.coordinators.length > 0) {
    items.push({ to: '/coordination/registrations', label: t('web.nav.registrations') });
    items.push({ to: '/coordination/authorities/new', label: t('web.nav.createAuthority') });
  }
  if (me.coordinators.some((c) => c.kind === 'national')) items.push({ to: '/coordination/policy', label: t('web.nav.policy') });
  items.push({ to: '/settings', label: t('web.nav.settings') });
  return items;
}

/** ECL menu: a horizontal bar on large screens, a panel behind a button on small ones. */
export function MainMenu() {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();
  const [open, setOpen] = useState(false);

  useEffect(() => setOpen(false), [location.pathname]);

  return (
    <nav className="ecl-menu openimi-menu" aria-expanded={open} aria-label={t('web.nav.label')}>
      <div className="ecl-menu__overlay" onClick={() => setOpen(false)} aria-hidden="true" />
      <div className="ecl-container ecl-menu__container">
        <button type="button" className="ecl-button ecl-button--tertiary ecl-menu__open" aria-expanded={open} onClick={() => setOpen(!open)}>
          <Icon name="hamburger" size="m" />
          <Icon name="close" size="m" />
          <span className="ecl-button__label">{t('web.nav.menu')}</span>
        </button>
        <section className="ecl-menu__inner" aria-label={t('web.nav.label')}>
          <header className="ecl-menu__inner-header">
            <button type="button" className="ecl-button ecl-button--ghost ecl-menu__close" onClick={() => setOpen(false)}>
              <span className="ecl-button__container">
                <span className="ecl-button__label">{t('web.action.close')}</span>
                <Icon name="close" size="s" className="ecl-button__icon" />
              </span>
            </button>
            <div className="ecl-menu__title">{t('web.nav.menu')}</div>
          </header>
          <ul className="ecl-menu__list">
            {menuItems(me.data, t).map((item) => (
              <MenuEntry key={item.to} item={item} />
            ))}
          </ul>
        </section>
      </div>
    </nav>
  );
}

function MenuEntry({ item }: { item: MenuItem }) {
  const path = useResolvedPath(item.to);
  const current = useMatch({ path: path.pathname, end: item.end ?? false });
  return (
    <li className={`ecl-menu__item${current ? ' ecl-menu__item--current' : ''}`}>
      <NavLink to={item.to} end={item.end} className="ecl-menu__link">
        {item.label}
      </NavLink>
    </li>
  );
}

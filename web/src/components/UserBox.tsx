import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { signOut } from '../api/identity';
import { keys, useMe } from '../api/queries';
import { Icon } from './Icon';

/** The header's sign-in link, or the signed-in user's name with settings and log out. */
export function UserBox() {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const boxId = useId();
  const container = useRef<HTMLDivElement>(null);
  const logout = useMutation({
    mutationFn: signOut,
    onSettled: async () => {
      setOpen(false);
      // Leave the page first, so that a page behind sign-in does not ask to come back to it.
      await navigate('/login', { replace: true, flushSync: true });
      queryClient.setQueryData(keys.me, null);
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== keys.me[0] && q.queryKey[0] !== 'system' && q.queryKey[0] !== 'reference' });
    },
  });

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && setOpen(false);
    const onClick = (event: MouseEvent) => !container.current?.contains(event.target as Node) && setOpen(false);
    document.addEventListener('keydown', onKey);
    document.addEventListener('mousedown', onClick);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('mousedown', onClick);
    };
  }, [open]);

  if (!me.data) {
    return (
      <div className="ecl-site-header__login-container">
        <Link className="ecl-button ecl-button--tertiary ecl-site-header__login-toggle" to="/login">
          <Icon name="log-in" size="s" className="ecl-site-header__icon" />
          {t('web.header.signIn')}
        </Link>
      </div>
    );
  }

  return (
    <div className="ecl-site-header__login-container" ref={container}>
      <button
        type="button"
        className="ecl-button ecl-button--tertiary ecl-site-header__login-toggle"
        aria-controls={boxId}
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        <Icon name="logged-in" size="s" className="ecl-site-header__icon" />
        {me.data.name}
      </button>
      <div id={boxId} className={`ecl-site-header__login-box openimi-login-box${open ? ' ecl-site-header__login-box--active' : ''}`} hidden={!open}>
        <p className="ecl-site-header__login-description">{t('web.header.signedInAs', { name: me.data.name, email: me.data.email })}</p>
        <hr className="ecl-site-header__login-separator" />
        <ul className="openimi-plain-list">
          <li>
            <Link className="ecl-link ecl-link--standalone" to="/settings" onClick={() => setOpen(false)}>
              {t('web.nav.settings')}
            </Link>
          </li>
          <li>
            <button type="button" className="ecl-button ecl-button--secondary" onClick={() => logout.mutate()} disabled={logout.isPending}>
              {t('web.header.signOut')}
            </button>
          </li>
        </ul>
      </div>
    </div>
  );
}

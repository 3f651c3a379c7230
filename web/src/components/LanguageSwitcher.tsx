import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReference, useSystem } from '../api/queries';
import { UI_LANGUAGES } from '../i18n/languages';
import { useLanguageSwitch } from '../i18n/use-language';
import { Icon } from './Icon';

/** The header's language switcher: the 24 interface languages, each by its own name. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const system = useSystem();
  const reference = useReference();
  const switchLanguage = useLanguageSwitch();
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const panelId = useId();

  const languages = system.data?.uiLanguages ?? [...UI_LANGUAGES];
  const endonym = (code: string) => reference.data?.languages.find((l) => l.code === code)?.endonym ?? code.toUpperCase();
  const current = i18n.language;

  useEffect(() => {
    if (!open) return;
    panel.current?.querySelector<HTMLElement>('[aria-current="true"], button')?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') close();
    };
    const onClick = (event: MouseEvent) => {
      const target = event.target as Node;
      if (!panel.current?.contains(target) && !toggle.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('mousedown', onClick);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('mousedown', onClick);
    };
  }, [open]);

  function close() {
    setOpen(false);
    toggle.current?.focus();
  }

  async function choose(language: string) {
    close();
    await switchLanguage(language);
  }

  return (
    <div className="ecl-site-header__language">
      <button
        ref={toggle}
        type="button"
        className="ecl-button ecl-button--tertiary ecl-site-header__language-selector"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={t('web.language.switcher', { language: endonym(current) })}
        onClick={() => setOpen(!open)}
      >
        <span className="ecl-site-header__language-icon">
          <Icon name="global" size="s" className="ecl-site-header__icon" />
        </span>
        {current.toUpperCase()}
      </button>
      <div
        ref={panel}
        id={panelId}
        className="ecl-site-header__language-container ecl-site-header__language-container--push-right openimi-language-panel"
        hidden={!open}
        role="dialog"
        aria-labelledby={titleId}
      >
        <div className="ecl-site-header__language-header">
          <div className="ecl-site-header__language-title" id={titleId}>
            {t('web.language.select')}
          </div>
          <button type="button" className="ecl-button ecl-button--tertiary ecl-site-header__language-close" onClick={close}>
            <span className="ecl-button__container">
              <span className="ecl-button__label">{t('web.action.close')}</span>
              <Icon name="close" size="s" className="ecl-button__icon" />
            </span>
          </button>
        </div>
        <div className="ecl-site-header__language-content">
          <div className="ecl-site-header__language-category">
            <div className="ecl-site-header__language-category-title">{t('web.language.euLanguages')}</div>
            <ul className="ecl-site-header__language-list">
              {languages.map((code) => (
                <li key={code} className="ecl-site-header__language-item">
                  <button
                    type="button"
                    className={`ecl-link ecl-link--standalone ecl-site-header__language-link${code === current ? ' ecl-site-header__language-link--active' : ''}`}
                    lang={code}
                    aria-current={code === current ? 'true' : undefined}
                    onClick={() => void choose(code)}
                  >
                    <span className="ecl-site-header__language-link-code" aria-hidden="true">{code}</span>
                    <span className="ecl-site-header__language-link-label">{endonym(code)}</span>
                  </button>
                </li>
              ))}
            </ul>
          </div>
        </div>
      </div>
    </div>
  );
}

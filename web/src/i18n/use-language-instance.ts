import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import { ensureLoaded } from './setup';
import { isUiLanguage } from './languages';

/**
 * An i18next instance fixed to another language than the interface's, sharing its strings, for
 * a part of a page shown in that language (the form preview): every component inside an
 * `I18nextProvider` with it speaks that language. `null` while the language's strings load.
 */
export function useLanguageInstance(language: string): I18n | null {
  const { i18n } = useTranslation();
  const [loaded, setLoaded] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    if (!isUiLanguage(language)) return;
    void ensureLoaded(language).then(() => {
      if (live) setLoaded(language);
    });
    return () => {
      live = false;
    };
  }, [language]);
  return useMemo(() => (loaded === language ? i18n.cloneInstance({ lng: language }) : null), [i18n, loaded, language]);
}

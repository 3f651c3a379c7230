import i18next from 'i18next';
import ICU from 'i18next-icu';
import { initReactI18next } from 'react-i18next';
import { loadCatalog } from './catalogs';
import { DEFAULT_LANGUAGE, isUiLanguage, pickLanguage, type UiLanguage } from './languages';

const STORAGE_KEY = 'openimi.language';

function storedLanguage(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function rememberLanguage(language: UiLanguage): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private browsing may forbid storage; the choice then lasts for this page only.
  }
}

/** Loads a language's strings once (the interface's, or another one a page shows a part in). */
export async function ensureLoaded(language: string): Promise<void> {
  if (i18next.hasResourceBundle(language, 'translation')) return;
  i18next.addResourceBundle(language, 'translation', await loadCatalog(language), true, true);
}

/** Starts i18next with ICU messages in the language picked from storage or the browser. */
export async function setupI18n(): Promise<typeof i18next> {
  const language = pickLanguage({ stored: storedLanguage(), browser: navigator.languages });
  const [fallback, initial] = await Promise.all([loadCatalog(DEFAULT_LANGUAGE), loadCatalog(language)]);
  await i18next
    .use(new ICU())
    .use(initReactI18next)
    .init({
      lng: language,
      fallbackLng: DEFAULT_LANGUAGE,
      resources: { [DEFAULT_LANGUAGE]: { translation: fallback }, [language]: { translation: initial } },
      partialBundledLanguages: true,
      keySeparator: false,
      nsSeparator: false,
      interpolation: { escapeValue: false },
      returnNull: false,
      react: { useSuspense: false },
    });
  document.documentElement.lang = language;
  return i18next;
}

/** Switches the interface language: loads its strings, remembers it, updates `<html lang>`. */
export async function applyLanguage(language: string): Promise<UiLanguage> {
  const target = isUiLanguage(language) ? language : DEFAULT_LANGUAGE;
  await ensureLoaded(target);
  rememberLanguage(target);
  if (i18next.language !== target) await i18next.changeLanguage(target);
  document.documentElement.lang = target;
  return target;
}

export function currentLanguage(): UiLanguage {
  const language = i18next.language;
  return isUiLanguage(language) ? language : DEFAULT_LANGUAGE;
}

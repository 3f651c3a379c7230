import { useTranslation } from 'react-i18next';
import { needsLanguageNote } from './request-view';
import { useFormats } from './use-formats';

/** The "(in Portuguese)" note after a text written in another language than the interface's. */
export function LanguageNote({ language }: { language: string | null | undefined }) {
  const { t } = useTranslation();
  const formats = useFormats();
  if (!language || !needsLanguageNote(language, formats.language)) return null;
  return <span className="openimi-language-note"> {t('requests.inLanguage', { language: formats.languageName(language) })}</span>;
}

/** Free text as written, marked with its language for the browser and for screen readers. */
export function FreeText({ text, language, block = false }: { text: string; language: string | null | undefined; block?: boolean }) {
  if (block) {
    return (
      <div className="openimi-free-text">
        <p className="ecl-u-type-paragraph openimi-pre-line ecl-u-mv-none" lang={language ?? undefined}>
          {text}
        </p>
        <LanguageNote language={language} />
      </div>
    );
  }
  return (
    <>
      <span lang={language ?? undefined}>{text}</span>
      <LanguageNote language={language} />
    </>
  );
}

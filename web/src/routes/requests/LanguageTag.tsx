import { needsLanguageNote } from './request-view';
import { useFormats } from './use-formats';
import { useTranslation } from 'react-i18next';

/** A short language tag (PT) after a text in another language than the interface's, named in full for screen readers and on hover. */
export function LanguageTag({ language }: { language: string | null | undefined }) {
  const { t } = useTranslation();
  const formats = useFormats();
  if (!language || !needsLanguageNote(language, formats.language)) return null;
  const note = t('requests.inLanguage', { language: formats.languageName(language) });
  return (
    <span className="openimi-lang-tag ecl-u-ml-xs" title={note}>
      <span aria-hidden="true">{language.toUpperCase()}</span>
      <span className="ecl-u-sr-only">{note}</span>
    </span>
  );
}

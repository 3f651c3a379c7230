import { useTranslation } from 'react-i18next';

/** ECL spinner with a text for screen readers. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <div className="ecl-spinner ecl-spinner--visible ecl-spinner--s ecl-u-mv-l" role="status">
      <svg className="ecl-spinner__loader" viewBox="25 25 50 50" aria-hidden="true" focusable="false">
        <circle className="ecl-spinner__circle" cx="50" cy="50" r="20" fill="none" strokeMiterlimit="10" />
      </svg>
      <div className="ecl-spinner__text">{t('web.loading')}</div>
    </div>
  );
}

import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface PageHeaderProps {
  title: string;
  description?: ReactNode;
  meta?: ReactNode;
  titleLanguage?: string;
  titleNote?: ReactNode;
}

/** Sets the document title for this page, after the site name. */
export function usePageTitle(title: string): void {
  const { t } = useTranslation();
  const site = t('web.site.name');
  useEffect(() => {
    document.title = title ? `${title} — ${site}` : site;
  }, [title, site]);
}

/** ECL page header: the page's one h1 and the document title. */
export function PageHeader({ title, description, meta, titleLanguage, titleNote }: PageHeaderProps) {
  usePageTitle(title);
  return (
    <div className="ecl-page-header ecl-u-mb-l">
      <div className="ecl-container">
        <div className="ecl-page-header__info">
          {meta && <div className="ecl-page-header__meta">{meta}</div>}
          <h1 className="ecl-page-header__title" tabIndex={-1} data-page-title="">
            <span lang={titleLanguage}>{title}</span>
            {titleNote}
          </h1>
        </div>
        {description && (
          <div className="ecl-page-header__description-container">
            <p className="ecl-page-header__description">{description}</p>
          </div>
        )}
      </div>
    </div>
  );
}

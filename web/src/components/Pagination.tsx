import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Icon } from './Icon';
import { pageWindow } from './page-window';

interface PaginationProps {
  page: number;
  pageSize: number;
  total: number;
  /** The address of a page, keeping the rest of the query. */
  hrefFor: (page: number) => string;
}

/** ECL pagination: previous, a window of pages with gaps, next. */
export function Pagination({ page, pageSize, total, hrefFor }: PaginationProps) {
  const { t } = useTranslation();
  const last = Math.max(1, Math.ceil(total / pageSize));
  if (last <= 1) return null;
  return (
    <nav className="ecl-pagination ecl-u-mt-l" aria-label={t('web.pagination.label')}>
      <ul className="ecl-pagination__list">
        {page > 1 && (
          <li className="ecl-pagination__item ecl-pagination__item--previous">
            <Link className="ecl-link ecl-link--standalone ecl-link--icon ecl-pagination__link" to={hrefFor(page - 1)} aria-label={t('web.pagination.previousLabel')}>
              <Icon name="corner-arrow" size="xs" transform="rotate-270" className="ecl-link__icon" />
              <span className="ecl-link__label">{t('web.pagination.previous')}</span>
            </Link>
          </li>
        )}
        {pageWindow(page, last).map((entry, index) =>
          entry === null ? (
            <li key={`gap-${index}`} className="ecl-pagination__item ecl-pagination__item--truncation">
              <span aria-hidden="true">…</span>
            </li>
          ) : entry === page ? (
            <li key={entry} className="ecl-pagination__item ecl-pagination__item--current">
              <span className="ecl-pagination__text ecl-pagination__text--summary" aria-current="true">
                {entry}
              </span>
              <span className="ecl-pagination__text ecl-pagination__text--full" aria-current="true">
                {t('web.pagination.current', { page: entry, last })}
              </span>
            </li>
          ) : (
            <li key={entry} className="ecl-pagination__item">
              <Link className="ecl-link ecl-link--standalone ecl-pagination__link" to={hrefFor(entry)} aria-label={t('web.pagination.goTo', { page: entry })}>
                {entry}
              </Link>
            </li>
          ),
        )}
        {page < last && (
          <li className="ecl-pagination__item ecl-pagination__item--next">
            <Link className="ecl-link ecl-link--standalone ecl-link--icon ecl-pagination__link" to={hrefFor(page + 1)} aria-label={t('web.pagination.nextLabel')}>
              <span className="ecl-link__label">{t('web.pagination.next')}</span>
              <Icon name="corner-arrow" size="xs" transform="rotate-90" className="ecl-link__icon" />
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}

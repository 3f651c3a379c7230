import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Box, RequestCounts } from '../../api/requests';
import { inboxHref, type InboxQuery } from './inbox-params';

interface InboxTabsProps {
  boxes: Box[];
  query: InboxQuery;
  counts: RequestCounts | undefined;
}

/**
 * The boxes as ECL tabs. Each tab is a link to its own address (the filters stay, the page
 * starts again), so this is navigation, marked with aria-current rather than a tab list.
 */
export function InboxTabs({ boxes, query, counts }: InboxTabsProps) {
  const { t } = useTranslation();
  return (
    <nav className="ecl-tabs openimi-tabs" aria-label={t('requests.inbox.boxes')}>
      <div className="ecl-tabs__container">
        <ul className="ecl-tabs__list">
          {boxes.map((box) => {
            const current = box === query.box;
            const label = t(`requests.box.${box}`);
            return (
              <li key={box} className="ecl-tabs__item">
                <Link
                  className={`ecl-tabs__link${current ? ' ecl-tabs__link--active' : ''}`}
                  to={inboxHref({ ...query, box, page: 1 })}
                  aria-current={current ? 'page' : undefined}
                >
                  {counts ? t('requests.inbox.tab', { box: label, count: counts[box] }) : label}
                </Link>
              </li>
            );
          })}
        </ul>
      </div>
    </nav>
  );
}

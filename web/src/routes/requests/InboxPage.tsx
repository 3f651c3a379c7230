import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useRequests } from '../../api/requests';
import { useMe } from '../../api/queries';
import { Icon } from '../../components/Icon';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { Pagination } from '../../components/Pagination';
import { ProblemNotice } from '../../components/ProblemNotice';
import { InboxFilters } from './InboxFilters';
import { InboxTable } from './InboxTable';
import { InboxTabs } from './InboxTabs';
import { hasFilters, inboxHref, listQueryOf, readInboxQuery, visibleBoxes } from './inbox-params';

/** The requests of the user's authorities: incoming, outgoing, drafts, and a coordinator's box. */
export function InboxPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const me = useMe();
  const query = readInboxQuery(params);
  const list = useRequests(listQueryOf(query));
  const isCoordinator = (me.data?.coordinators.length ?? 0) > 0;
  const canCreate = (me.data?.memberships.some((m) => m.authorityStatus === 'active') ?? false);
  const counts = list.data?.counts;

  return (
    <Page title={t('requests.inbox.title')} description={t('requests.inbox.intro')}>
      <div className="openimi-actions ecl-u-mb-l">
        {canCreate && (
          <Link className="ecl-button ecl-button--primary" to="/requests/new">
            <span className="ecl-button__container">
              <Icon name="plus" size="xs" className="ecl-button__icon" />
              <span className="ecl-button__label">{t('requests.inbox.new')}</span>
            </span>
          </Link>
        )}
        {counts && (counts.needsAction > 0 || counts.overdue > 0) && (
          <p className="ecl-u-type-paragraph ecl-u-mv-none" role="status">
            {t('requests.inbox.summary', { needsAction: counts.needsAction, overdue: counts.overdue })}
          </p>
        )}
      </div>
      <InboxTabs boxes={visibleBoxes(isCoordinator)} query={query} counts={counts} />
      <InboxFilters key={params.toString()} query={query} />
      <section aria-labelledby="inbox-results" className="ecl-u-mt-xl">
        <h2 className="ecl-u-type-heading-2" id="inbox-results">
          {t(`requests.box.${query.box}`)}
        </h2>
        {list.isPending ? (
          <Loading />
        ) : list.isError ? (
          <ProblemNotice error={list.error} />
        ) : list.data.items.length === 0 ? (
          <div className="openimi-empty" role="status">
            <p className="ecl-u-type-paragraph">{t(hasFilters(query) ? 'requests.inbox.emptyFiltered' : `requests.inbox.empty.${query.box}`)}</p>
            {hasFilters(query) && (
              <Link className="ecl-link ecl-link--standalone" to={inboxHref({ box: query.box })}>
                {t('requests.filter.clear')}
              </Link>
            )}
          </div>
        ) : (
          <>
            <p className="ecl-u-type-paragraph" role="status">
              {t('requests.inbox.count', { count: list.data.total })}
            </p>
            <InboxTable box={query.box} items={list.data.items} />
            <Pagination page={list.data.page} pageSize={list.data.pageSize} total={list.data.total} hrefFor={(page) => inboxHref({ ...query, page })} />
          </>
        )}
      </section>
    </Page>
  );
}

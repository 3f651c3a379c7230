import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { searchAuthorities } from '../../api/authorities';
import { keys } from '../../api/queries';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { Pagination } from '../../components/Pagination';
import { ProblemNotice } from '../../components/ProblemNotice';
import { DirectoryFilters } from './DirectoryFilters';
import { DirectoryResults } from './DirectoryResults';
import { directoryHref, readDirectoryQuery } from './search-params';

/** Find the counterpart authority abroad: by name in any language, country, competence. */
export function DirectoryPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const query = readDirectoryQuery(params);
  const results = useQuery({ queryKey: keys.directory(query), queryFn: () => searchAuthorities(query), placeholderData: keepPreviousData });

  return (
    <Page title={t('web.directory.title')} description={t('web.directory.intro')}>
      <DirectoryFilters key={params.toString()} query={query} />
      <section aria-labelledby="directory-results" className="ecl-u-mt-xl">
        <h2 className="ecl-u-type-heading-2" id="directory-results">
          {t('web.directory.results')}
        </h2>
        {results.isPending ? (
          <Loading />
        ) : results.isError ? (
          <ProblemNotice error={results.error} />
        ) : (
          <>
            <p className="ecl-u-type-paragraph" role="status">
              {t('web.directory.count', { count: results.data.total })}
            </p>
            {results.data.items.length > 0 && <DirectoryResults items={results.data.items} />}
            <Pagination
              page={results.data.page}
              pageSize={results.data.pageSize}
              total={results.data.total}
              hrefFor={(page) => directoryHref({ ...query, page })}
            />
          </>
        )}
      </section>
    </Page>
  );
}

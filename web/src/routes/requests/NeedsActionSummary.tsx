import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useRequests } from '../../api/requests';
import type { Me } from '../../api/types';
import { takesPartInRequests } from './involvement';

/** The home page's line on requests: how many need the user's action, how many are overdue, a link to the inbox. */
export function NeedsActionSummary({ me }: { me: Me }) {
  if (!takesPartInRequests(me)) return null;
  return <Summary />;
}

function Summary() {
  const { t } = useTranslation();
  // One row is enough: the counts come with every page.
  const list = useRequests({ box: 'incoming', pageSize: 1 });
  const counts = list.data?.counts;
  return (
    <section aria-labelledby="home-requests" className="ecl-u-mb-2xl">
      <h2 className="ecl-u-type-heading-2" id="home-requests">
        {t('requests.home.title')}
      </h2>
      {counts && (
        <p className="ecl-u-type-paragraph">
          {t('requests.home.needsAction', { count: counts.needsAction, overdue: counts.overdue })}
        </p>
      )}
      <Link className="ecl-link ecl-link--standalone" to="/requests">
        {t('requests.home.inbox')}
      </Link>
    </section>
  );
}

import { Navigate, Outlet, useLocation } from 'react-router';
import { useMe } from '../api/queries';
import { Loading } from './Loading';
import { ProblemNotice } from './ProblemNotice';

/** Pages behind sign-in: without a session, go to the login page and come back after. */
export function RequireSignIn() {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <div className="ecl-container"><Loading /></div>;
  if (me.isError) return <div className="ecl-container ecl-u-mv-l"><ProblemNotice error={me.error} /></div>;
  if (!me.data) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return <Outlet />;
}

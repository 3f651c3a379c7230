import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router';
import { keys } from '../../api/queries';
import type { LoginResult } from '../../api/types';
import { safeNextPath } from './next-path';

/**
 * What happens after each login step: a full session goes to the page asked for,
 * a second factor stays on the login page, a missing enrolment goes to TOTP enrolment.
 */
export function useLoginOutcome(onSecondFactor: () => void): (result: LoginResult) => void {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  return (result) => {
    if (result.stage === 'full') {
      queryClient.setQueryData(keys.me, result.me);
      void navigate(next, { replace: true });
    } else if (result.stage === 'totp') {
      onSecondFactor();
    } else {
      void navigate(`/totp-enrol?next=${encodeURIComponent(next)}`, { replace: true });
    }
  };
}

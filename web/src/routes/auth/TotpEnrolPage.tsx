import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { signOut } from '../../api/identity';
import { keys } from '../../api/queries';
import { Page } from '../../components/Page';
import { safeNextPath } from './next-path';
import { TotpEnrolment } from './TotpEnrolment';

/** At login when the country requires a second factor and the account has none yet, or after replacing the authenticator app. */
export function TotpEnrolPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  // Leaving the enrolment ends the half-open session: the next sign-in starts it again.
  const cancel = useMutation({
    mutationFn: signOut,
    onSettled: () => {
      queryClient.clear();
      void navigate('/login', { replace: true });
    },
  });

  async function done() {
    await queryClient.invalidateQueries({ queryKey: keys.me });
    void navigate(safeNextPath(params.get('next')), { replace: true });
  }

  return (
    <Page title={t('web.totp.enrolTitle')} description={params.get('reason') === 'replace' ? t('web.totp.replaceIntro') : t('web.totp.enrolIntro')}>
      <TotpEnrolment onDone={() => void done()} doneLabel={t('web.totp.continue')} />
      <p className="ecl-u-mt-xl">
        <button type="button" className="ecl-button ecl-button--tertiary" onClick={() => cancel.mutate()} disabled={cancel.isPending}>
          {t('web.header.signOut')}
        </button>
      </p>
    </Page>
  );
}

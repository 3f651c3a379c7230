import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { completePasswordReset } from '../../api/identity';
import { Notification } from '../../components/Notification';
import { Page } from '../../components/Page';
import { ProblemNotice } from '../../components/ProblemNotice';
import { NewPasswordForm } from './NewPasswordForm';

/** From the reset e-mail: choose a new password. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const reset = useMutation({ mutationFn: (password: string) => completePasswordReset({ token, password }) });

  return (
    <Page title={t('web.reset.title')}>
      <div className="openimi-narrow">
        {!token ? (
          <Notification variant="error" role="alert" title={t('web.token.missingTitle')}>
            {t('web.token.missing')}{' '}
            <Link className="ecl-link" to="/forgot-password">
              {t('web.forgot.title')}
            </Link>
          </Notification>
        ) : reset.isSuccess ? (
          <Notification variant="success" role="status" title={t('web.reset.doneTitle')}>
            {t('web.reset.done')}{' '}
            <Link className="ecl-link" to="/login">
              {t('web.login.title')}
            </Link>
          </Notification>
        ) : (
          <>
            <ProblemNotice error={reset.error} focus />
            <NewPasswordForm onSubmit={(p) => reset.mutate(p)} pending={reset.isPending} error={reset.error} submitLabel={t('web.reset.submit')} />
          </>
        )}
      </div>
    </Page>
  );
}

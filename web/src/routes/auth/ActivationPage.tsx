import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { completeActivation } from '../../api/identity';
import { Notification } from '../../components/Notification';
import { Page } from '../../components/Page';
import { ProblemNotice } from '../../components/ProblemNotice';
import { NewPasswordForm } from './NewPasswordForm';

/** From the activation e-mail: the new user chooses a password. */
export function ActivationPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const activate = useMutation({ mutationFn: (password: string) => completeActivation({ token, password }) });

  return (
    <Page title={t('web.activation.title')} description={t('web.activation.intro')}>
      <div className="openimi-narrow">
        {!token ? (
          <Notification variant="error" role="alert" title={t('web.token.missingTitle')}>
            {t('web.token.missing')}
          </Notification>
        ) : activate.isSuccess ? (
          <Notification variant="success" role="status" title={t('web.activation.doneTitle')}>
            {t('web.activation.done')}{' '}
            <Link className="ecl-link" to="/login">
              {t('web.login.title')}
            </Link>
          </Notification>
        ) : (
          <>
            <ProblemNotice error={activate.error} focus />
            <NewPasswordForm onSubmit={(p) => activate.mutate(p)} pending={activate.isPending} error={activate.error} submitLabel={t('web.activation.submit')} />
          </>
        )}
      </div>
    </Page>
  );
}

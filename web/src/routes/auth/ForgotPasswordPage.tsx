import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { requestPasswordReset } from '../../api/identity';
import { fieldErrorsByPointer } from '../../api/problem';
import { Notification } from '../../components/Notification';
import { Page } from '../../components/Page';
import { ProblemNotice } from '../../components/ProblemNotice';
import { TextField } from '../../components/TextField';

/** Asks for a reset link; the answer never says whether the account exists. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const request = useMutation({ mutationFn: requestPasswordReset });
  const errors = fieldErrorsByPointer(request.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    request.mutate({ email: email.trim() });
  }

  return (
    <Page title={t('web.forgot.title')} description={t('web.forgot.intro')}>
      <div className="openimi-narrow">
        {request.isSuccess ? (
          <Notification variant="success" role="status" title={t('web.forgot.sentTitle')}>
            {t('web.forgot.sent', { email: email.trim() })}
          </Notification>
        ) : (
          <>
            <ProblemNotice error={request.error} focus />
            <form onSubmit={submit} noValidate>
              <TextField id="email" type="email" autoComplete="email" label={t('web.field.email')} required value={email} onChange={setEmail} error={errors['/email']} />
              <button type="submit" className="ecl-button ecl-button--primary" disabled={request.isPending}>
                {t('web.forgot.submit')}
              </button>
            </form>
          </>
        )}
      </div>
    </Page>
  );
}

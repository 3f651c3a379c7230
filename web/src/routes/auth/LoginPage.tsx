import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { signIn } from '../../api/identity';
import { fieldErrorsByPointer } from '../../api/problem';
import { Page } from '../../components/Page';
import { ProblemNotice } from '../../components/ProblemNotice';
import { TextField } from '../../components/TextField';
import { SecondFactorForm } from './SecondFactorForm';
import { useLoginOutcome } from './use-signed-in';

/** Sign in with e-mail and password, then a second factor when the account has one. */
export function LoginPage() {
  const { t } = useTranslation();
  const [stage, setStage] = useState<'password' | 'second-factor'>('password');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const outcome = useLoginOutcome(() => setStage('second-factor'));
  const login = useMutation({ mutationFn: signIn, onSuccess: outcome });
  const errors = fieldErrorsByPointer(login.error);
  useFocusTitleOnChange(stage);

  function submit(event: FormEvent) {
    event.preventDefault();
    login.mutate({ email: email.trim(), password });
  }

  if (stage === 'second-factor') {
    return (
      <Page title={t('web.login.secondFactorTitle')} description={t('web.login.secondFactorIntro')}>
        <SecondFactorForm onOutcome={outcome} onCancel={() => setStage('password')} />
      </Page>
    );
  }

  return (
    <Page title={t('web.login.title')} description={t('web.login.intro')}>
      <div className="openimi-narrow">
        <ProblemNotice error={login.error} focus />
        <form onSubmit={submit} noValidate>
          <TextField id="email" type="email" autoComplete="username" label={t('web.field.email')} required value={email} onChange={setEmail} error={errors['/email']} />
          <TextField
            id="password"
            type="password"
            autoComplete="current-password"
            label={t('web.field.password')}
            required
            value={password}
            onChange={setPassword}
            error={errors['/password']}
          />
          <button type="submit" className="ecl-button ecl-button--primary" disabled={login.isPending}>
            {t('web.login.submit')}
          </button>
        </form>
        <ul className="openimi-plain-list openimi-after-form">
          <li>
            <Link className="ecl-link ecl-link--standalone" to="/forgot-password">
              {t('web.login.forgot')}
            </Link>
          </li>
          <li>
            <Link className="ecl-link ecl-link--standalone" to="/register">
              {t('web.login.register')}
            </Link>
          </li>
        </ul>
      </div>
    </Page>
  );
}

/** The step changes without a new address: move focus to the new heading, as a navigation would. */
function useFocusTitleOnChange(step: string): void {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.querySelector<HTMLElement>('main [data-page-title]')?.focus();
  }, [step]);
}

import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { submitRegistration } from '../../api/authorities';
import { fieldErrorsByPointer } from '../../api/problem';
import type { AdministratorInput } from '../../api/types';
import { Page } from '../../components/Page';
import { ProblemNotice } from '../../components/ProblemNotice';
import { AdministratorFields } from '../authority-form/AdministratorFields';
import { AuthorityFields } from '../authority-form/AuthorityFields';
import { emptyAuthorityDraft, toAuthorityInput } from '../authority-form/authority-draft';

/** Public: an authority asks to be registered; its national coordinator decides. */
export function RegisterPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [authority, setAuthority] = useState(() => emptyAuthorityDraft(i18n.language));
  const [administrator, setAdministrator] = useState<AdministratorInput>({ email: '', name: '', preferredLanguage: i18n.language });
  const register = useMutation({
    mutationFn: submitRegistration,
    onSuccess: (result) => void navigate('/register/done', { state: { id: result.id, email: administrator.email.trim() } }),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    register.mutate({
      authority: toAuthorityInput(authority),
      administrator: { ...administrator, email: administrator.email.trim(), name: administrator.name.trim() },
    });
  }

  return (
    <Page title={t('web.register.title')} description={t('web.register.intro')}>
      <ProblemNotice error={register.error} focus />
      <form onSubmit={submit} noValidate className="openimi-form">
        <h2 className="ecl-u-type-heading-2">{t('web.register.authoritySection')}</h2>
        <AuthorityFields draft={authority} onChange={setAuthority} errors={fieldErrorsByPointer(register.error, '/authority')} />
        <h2 className="ecl-u-type-heading-2">{t('web.register.administratorSection')}</h2>
        <p className="ecl-u-type-paragraph ecl-u-mb-m">{t('web.register.administratorHelp')}</p>
        <AdministratorFields value={administrator} onChange={setAdministrator} errors={fieldErrorsByPointer(register.error, '/administrator')} />
        {/* ECL resets the background of any button carrying an ecl-u-* class: the spacing goes on a wrapper. */}
        <div className="ecl-u-mt-m">
          <button type="submit" className="ecl-button ecl-button--primary" disabled={register.isPending}>
            {t('web.register.submit')}
          </button>
        </div>
      </form>
    </Page>
  );
}

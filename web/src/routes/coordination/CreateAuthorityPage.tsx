import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { createAuthority } from '../../api/authorities';
import { fieldErrorsByPointer } from '../../api/problem';
import { authorityChanged, useMe } from '../../api/queries';
import type { AdministratorInput } from '../../api/types';
import { Page } from '../../components/Page';
import { ProblemNotice } from '../../components/ProblemNotice';
import { useOptions } from '../../components/use-options';
import { AdministratorFields } from '../authority-form/AdministratorFields';
import { AuthorityFields } from '../authority-form/AuthorityFields';
import { emptyAuthorityDraft, toAuthorityInput } from '../authority-form/authority-draft';
import { profileNoticeState } from '../directory/profile-notice';
import { mandateCountries } from './mandate-countries';

/** A coordinator registers an authority directly, with its first administrator, within their mandate. */
export function CreateAuthorityPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const options = useOptions();
  const countries = mandateCountries(me.data?.coordinators ?? []);
  const countryOptions = options.countries.filter((c) => countries.includes(c.value));
  const [authority, setAuthority] = useState(() => ({ ...emptyAuthorityDraft(i18n.language), country: countries.length === 1 ? countries[0]! : '' }));
  const [administrator, setAdministrator] = useState<AdministratorInput>({ email: '', name: '', preferredLanguage: i18n.language });
  const create = useMutation({
    mutationFn: createAuthority,
    onSuccess: (profile) => {
      authorityChanged(queryClient, profile);
      void navigate(`/authorities/${profile.id}`, { state: profileNoticeState('created') });
    },
  });

  if (countries.length === 0) {
    return (
      <Page title={t('web.nav.createAuthority')}>
        <p className="ecl-u-type-paragraph">{t('web.createAuthority.notCoordinator')}</p>
      </Page>
    );
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate({
      authority: toAuthorityInput(authority),
      administrator: { ...administrator, email: administrator.email.trim(), name: administrator.name.trim() },
    });
  }

  return (
    <Page title={t('web.nav.createAuthority')} description={t('web.createAuthority.intro')}>
      <ProblemNotice error={create.error} focus />
      <form onSubmit={submit} noValidate className="openimi-form">
        <h2 className="ecl-u-type-heading-2">{t('web.register.authoritySection')}</h2>
        <AuthorityFields draft={authority} onChange={setAuthority} countries={countryOptions} errors={fieldErrorsByPointer(create.error, '/authority')} />
        <h2 className="ecl-u-type-heading-2">{t('web.register.administratorSection')}</h2>
        <p className="ecl-u-type-paragraph ecl-u-mb-m">{t('web.register.administratorHelp')}</p>
        <AdministratorFields value={administrator} onChange={setAdministrator} errors={fieldErrorsByPointer(create.error, '/administrator')} />
        {/* ECL resets the background of any button carrying an ecl-u-* class: the spacing goes on a wrapper. */}
        <div className="ecl-u-mt-m">
          <button type="submit" className="ecl-button ecl-button--primary" disabled={create.isPending}>
            {t('web.createAuthority.submit')}
          </button>
        </div>
      </form>
    </Page>
  );
}

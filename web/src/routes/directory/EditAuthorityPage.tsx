import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { getAuthority, updateAuthority } from '../../api/authorities';
import { fieldErrorsByPointer } from '../../api/problem';
import { authorityChanged, keys } from '../../api/queries';
import type { AuthorityPatch, AuthorityProfile } from '../../api/types';
import { Loading } from '../../components/Loading';
import { Notification } from '../../components/Notification';
import { Page } from '../../components/Page';
import { ProblemNotice } from '../../components/ProblemNotice';
import { AuthorityFields } from '../authority-form/AuthorityFields';
import { draftFromProfile, toAuthorityPatch } from '../authority-form/authority-draft';
import { profileNoticeState } from './profile-notice';

/**
 * The authority's administrator or a competent coordinator keeps the profile up to date.
 * Region and competences decide who coordinates the authority: only readers whose
 * profile says `permissions.rescope` get them as fields.
 */
export function EditAuthorityPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const profile = useQuery({ queryKey: keys.authority(id), queryFn: () => getAuthority(id) });

  if (profile.isPending) return <Page title={t('web.authorityEdit.title')}><Loading /></Page>;
  if (profile.isError) return <Page title={t('web.authorityEdit.title')}><ProblemNotice error={profile.error} /></Page>;
  if (!profile.data.permissions.update) {
    return (
      <Page title={t('web.authorityEdit.title')} meta={profile.data.name}>
        <p className="ecl-u-type-paragraph">{t('web.authorityEdit.notAllowed')}</p>
        <BackToProfile id={id} />
      </Page>
    );
  }
  return <EditAuthorityForm key={id} profile={profile.data} />;
}

function BackToProfile({ id }: { id: string }) {
  const { t } = useTranslation();
  return (
    <Link className="ecl-link ecl-link--standalone" to={`/authorities/${id}`}>
      {t('web.users.backToProfile')}
    </Link>
  );
}

function EditAuthorityForm({ profile }: { profile: AuthorityProfile }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(() => draftFromProfile(profile));
  const [unchanged, setUnchanged] = useState(false);
  const save = useMutation({
    mutationFn: (patch: AuthorityPatch) => updateAuthority(profile.id, patch),
    onSuccess: (updated) => {
      authorityChanged(queryClient, updated);
      void navigate(`/authorities/${updated.id}`, { state: profileNoticeState('updated') });
    },
  });
  const scope = profile.permissions.rescope;

  function submit(event: FormEvent) {
    event.preventDefault();
    const patch = toAuthorityPatch(draft, profile, { scope });
    setUnchanged(patch === null);
    if (patch) save.mutate(patch);
    else save.reset();
  }

  return (
    <Page title={t('web.authorityEdit.title')} meta={profile.name}>
      <ProblemNotice error={save.error} focus />
      {unchanged && <Notification variant="info" role="status" className="ecl-u-mb-l" title={t('web.authorityEdit.noChanges')} />}
      <form onSubmit={submit} noValidate className="openimi-form">
        <AuthorityFields draft={draft} onChange={setDraft} countries={false} scopeEditable={scope} errors={fieldErrorsByPointer(save.error)} />
        <div className="openimi-actions ecl-u-mt-m">
          <button type="submit" className="ecl-button ecl-button--primary" disabled={save.isPending}>
            {t('web.action.save')}
          </button>
          <Link className="ecl-button ecl-button--tertiary" to={`/authorities/${profile.id}`}>
            {t('web.action.cancel')}
          </Link>
        </div>
      </form>
    </Page>
  );
}

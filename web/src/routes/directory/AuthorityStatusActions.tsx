import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { reinstateAuthority, suspendAuthority } from '../../api/authorities';
import { fieldErrorsByPointer } from '../../api/problem';
import { authorityChanged } from '../../api/queries';
import type { AuthorityProfile } from '../../api/types';
import { Notification } from '../../components/Notification';
import { ProblemNotice } from '../../components/ProblemNotice';
import { TextAreaField } from '../../components/TextAreaField';

const REASON_ID = 'suspend-reason';

/**
 * A competent coordinator suspends the authority (with a reason, kept in the audit log)
 * or reinstates it. Shown only when the profile's `permissions.suspend` says they may.
 */
export function AuthorityStatusActions({ authority, onChanged }: { authority: AuthorityProfile; onChanged?: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [done, setDone] = useState<'suspended' | 'reinstated' | null>(null);
  const confirmation = useRef<HTMLDivElement>(null);
  const openButton = useRef<HTMLButtonElement>(null);
  const backToOpen = useRef(false);

  const changed = (result: 'suspended' | 'reinstated') => (profile: AuthorityProfile) => {
    authorityChanged(queryClient, profile);
    onChanged?.();
    setAsking(false);
    setReason('');
    setDone(result);
  };
  const suspend = useMutation({ mutationFn: () => suspendAuthority(authority.id, reason.trim()), onSuccess: changed('suspended') });
  const reinstate = useMutation({ mutationFn: () => reinstateAuthority(authority.id), onSuccess: changed('reinstated') });

  // The form that had focus is gone: focus the confirmation, so it is read out.
  useEffect(() => {
    if (done) confirmation.current?.focus();
  }, [done]);
  // Opening the form focuses the reason; cancelling returns to the button that opened it.
  useEffect(() => {
    if (asking) document.getElementById(REASON_ID)?.focus();
    else if (backToOpen.current) openButton.current?.focus();
    backToOpen.current = false;
  }, [asking]);

  const active = authority.status === 'active';

  function start() {
    setDone(null);
    reinstate.reset();
    setAsking(true);
  }

  function cancel() {
    suspend.reset();
    setReason('');
    backToOpen.current = true;
    setAsking(false);
  }

  function submitSuspension(event: FormEvent) {
    event.preventDefault();
    suspend.mutate();
  }

  return (
    <section aria-labelledby="authority-status" className="ecl-u-mt-2xl openimi-narrow">
      <h2 className="ecl-u-type-heading-2" id="authority-status">
        {active ? t('web.suspend.title') : t('web.reinstate.title')}
      </h2>
      {done && (
        <div ref={confirmation} tabIndex={-1}>
          <Notification variant="success" role="status" className="ecl-u-mb-l" title={done === 'suspended' ? t('web.suspend.done') : t('web.reinstate.done')} />
        </div>
      )}
      <ProblemNotice error={active ? suspend.error : reinstate.error} focus />
      <p className="ecl-u-type-paragraph ecl-u-mb-m">{active ? t('web.suspend.intro') : t('web.reinstate.intro')}</p>
      {!active ? (
        <button
          type="button"
          className="ecl-button ecl-button--primary"
          disabled={reinstate.isPending}
          onClick={() => {
            setDone(null);
            reinstate.mutate();
          }}
        >
          {t('web.reinstate.title')}
        </button>
      ) : !asking ? (
        <button ref={openButton} type="button" className="ecl-button ecl-button--secondary" onClick={start}>
          {t('web.suspend.open')}
        </button>
      ) : (
        <form onSubmit={submitSuspension} noValidate>
          <TextAreaField
            id={REASON_ID}
            label={t('web.suspend.reason')}
            help={t('web.suspend.reasonHelp')}
            required
            value={reason}
            onChange={setReason}
            error={fieldErrorsByPointer(suspend.error)['/reason']}
          />
          <div className="openimi-actions">
            <button type="submit" className="ecl-button ecl-button--primary" disabled={suspend.isPending}>
              {t('web.suspend.title')}
            </button>
            <button type="button" className="ecl-button ecl-button--tertiary" onClick={cancel}>
              {t('web.action.cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

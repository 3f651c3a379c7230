import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { approveRegistration, rejectRegistration } from '../../api/authorities';
import { fieldErrorsByPointer } from '../../api/problem';
import type { Registration } from '../../api/types';
import { Notification } from '../../components/Notification';
import { ProblemNotice } from '../../components/ProblemNotice';
import { TextAreaField } from '../../components/TextAreaField';

/** Approve (the administrator gets an activation link) or reject with a reason. */
export function RegistrationDecision({ registration }: { registration: Registration }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const [rejecting, setRejecting] = useState(false);
  const refresh = () => queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] === 'registrations' || q.queryKey[0] === 'registration' });
  const approve = useMutation({ mutationFn: () => approveRegistration(registration.id), onSuccess: refresh });
  const reject = useMutation({ mutationFn: () => rejectRegistration(registration.id, reason.trim()), onSuccess: refresh });

  if (approve.data) {
    return (
      <Notification variant="success" role="status" title={t('web.registration.approvedTitle')}>
        {t('web.registration.approved')}{' '}
        <Link className="ecl-link" to={`/authorities/${approve.data.authorityId}`}>
          {t('web.home.viewProfile')}
        </Link>
      </Notification>
    );
  }
  if (reject.isSuccess) {
    return (
      <Notification variant="success" role="status" title={t('web.registration.rejectedTitle')}>
        {t('web.registration.rejected')}
      </Notification>
    );
  }
  if (registration.status !== 'pending') return null;

  function submitRejection(event: FormEvent) {
    event.preventDefault();
    reject.mutate();
  }

  return (
    <section aria-labelledby="decision" className="openimi-narrow">
      <h2 className="ecl-u-type-heading-2" id="decision">
        {t('web.registration.decision')}
      </h2>
      <ProblemNotice error={approve.error ?? reject.error} />
      {!rejecting ? (
        <div className="openimi-actions">
          <button type="button" className="ecl-button ecl-button--primary" onClick={() => approve.mutate()} disabled={approve.isPending}>
            {t('web.registration.approve')}
          </button>
          <button type="button" className="ecl-button ecl-button--secondary" onClick={() => setRejecting(true)}>
            {t('web.registration.reject')}
          </button>
        </div>
      ) : (
        <form onSubmit={submitRejection} noValidate>
          <TextAreaField
            id="reason"
            label={t('web.registration.reason')}
            help={t('web.registration.reasonHelp')}
            required
            value={reason}
            onChange={setReason}
            error={fieldErrorsByPointer(reject.error)['/reason']}
          />
          <div className="openimi-actions">
            <button type="submit" className="ecl-button ecl-button--primary" disabled={reject.isPending}>
              {t('web.registration.confirmReject')}
            </button>
            <button type="button" className="ecl-button ecl-button--tertiary" onClick={() => setRejecting(false)}>
              {t('web.action.cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { adjustDeadline, isConflict, useRequestWrite, type DeadlineInput, type RequestDetail } from '../../api/requests';
import { Notification } from '../../components/Notification';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { WriteProblem } from './WriteProblem';
import { isCalendarDay } from './inbox-params';
import { useFormats } from './use-formats';

/** Move a deadline to another day, with the reason the other side will read. */
export function DeadlineForm({ request, onConflict }: { request: RequestDetail; onConflict: () => void }) {
  const { t } = useTranslation();
  const formats = useFormats();
  // The deadline to accept can move only while the request waits for acceptance (the server's rule too).
  const kinds = request.state === 'sent' || request.state === 'awaiting-reassignment' ? (['accept', 'answer'] as const) : (['answer'] as const);
  const [kind, setKind] = useState<'accept' | 'answer'>(request.deadline?.kind ?? 'answer');
  const current = request.deadlines[kind];
  const [date, setDate] = useState('');
  const [reason, setReason] = useState('');
  const [checked, setChecked] = useState(false);
  const save = useRequestWrite(request.id, (body: DeadlineInput) => adjustDeadline(request.id, body));
  const dateError = checked && !isCalendarDay(date) ? t('requests.deadlineForm.dateRequired') : undefined;
  const reasonError = checked && !reason.trim() ? t('requests.actionForm.required') : undefined;

  function submit(event: FormEvent) {
    event.preventDefault();
    setChecked(true);
    if (!isCalendarDay(date) || !reason.trim()) return;
    save.mutate(
      { version: request.version, kind, date, reason: reason.trim() },
      {
        onSuccess: () => {
          setReason('');
          setDate('');
          setChecked(false);
        },
        onError: (error) => isConflict(error) && onConflict(),
      },
    );
  }

  return (
    <section aria-labelledby="request-deadlines" className="openimi-panel ecl-u-mb-xl">
      <h2 className="openimi-panel__title" id="request-deadlines">
        {t('requests.deadlineForm.title')}
      </h2>
      {save.isSuccess && <Notification variant="success" role="status" className="ecl-u-mb-m" title={t('requests.deadlineForm.saved')} />}
      <WriteProblem error={save.error} className="ecl-u-mb-m" />
      <form onSubmit={submit} noValidate>
        <SelectField
          id="deadline-kind"
          label={t('requests.deadlineForm.kind')}
          options={kinds.map((k) => ({ value: k, label: t(`requests.deadline.kind.${k}`) }))}
          value={kind}
          onChange={(value) => setKind(value === 'accept' ? 'accept' : 'answer')}
        />
        <TextField
          id="deadline-date"
          type="date"
          label={t('requests.deadlineForm.date')}
          help={current ? t('requests.deadlineForm.current', { date: formats.day(current) }) : undefined}
          required
          value={date}
          onChange={setDate}
          error={dateError}
          size="s"
        />
        <TextAreaField id="deadline-reason" label={t('requests.deadlineForm.reason')} required value={reason} onChange={setReason} error={reasonError} rows={3} />
        <button type="submit" className="ecl-button ecl-button--secondary" disabled={save.isPending}>
          {t('requests.deadlineForm.save')}
        </button>
      </form>
    </section>
  );
}

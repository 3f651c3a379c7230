import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { allocate, isConflict, useHandlers, useRequestWrite, type RequestDetail } from '../../api/requests';
import { Loading } from '../../components/Loading';
import { Notification } from '../../components/Notification';
import { SelectField } from '../../components/SelectField';
import { WriteProblem } from './WriteProblem';

/** An allocator gives the request to one of the people of their side, or takes it back. */
export function AllocationForm({ request, onConflict }: { request: RequestDetail; onConflict: () => void }) {
  const { t } = useTranslation();
  const handlers = useHandlers(request.id, true);
  const mine = request.viewer.sides.includes('receiver') ? request.receiverHandler : request.requesterHandler;
  const [handler, setHandler] = useState(mine?.id ?? '');
  const save = useRequestWrite(request.id, (vars: { version: number; handler: string | null }) => allocate(request.id, vars.version, vars.handler));

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate({ version: request.version, handler: handler || null }, { onError: (error) => isConflict(error) && onConflict() });
  }

  return (
    <section aria-labelledby="request-allocation" className="openimi-panel ecl-u-mb-xl">
      <h2 className="openimi-panel__title" id="request-allocation">
        {t('requests.allocation.title')}
      </h2>
      {save.isSuccess && <Notification variant="success" role="status" className="ecl-u-mb-m" title={t('requests.allocation.saved')} />}
      <WriteProblem error={save.error} className="ecl-u-mb-m" />
      {handlers.isPending ? (
        <Loading />
      ) : (
        <form onSubmit={submit} noValidate>
          <SelectField
            id="allocation-handler"
            label={t('requests.allocation.handler')}
            placeholder={t('requests.allocation.nobody')}
            options={(handlers.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
            value={handler}
            onChange={(value) => {
              save.reset();
              setHandler(value);
            }}
          />
          <button type="submit" className="ecl-button ecl-button--secondary" disabled={save.isPending || handler === (mine?.id ?? '')}>
            {t('requests.allocation.save')}
          </button>
        </form>
      )}
    </section>
  );
}

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcedureView } from '../../api/catalogue';
import type { Person, RequestDetail, RequestParty } from '../../api/requests';
import { DeadlineText } from './DeadlineText';
import { StateLabel } from './StateLabel';
import { shownDeadline } from './request-view';
import { useFormats } from './use-formats';

function Item({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt className="ecl-description-list__term">{term}</dt>
      <dd className="ecl-description-list__definition">{children}</dd>
    </>
  );
}

function Party({ party, handler }: { party: RequestParty; handler: Person | null }) {
  const { t } = useTranslation();
  const formats = useFormats();
  return (
    <>
      <span className="openimi-strong">{party.name}</span> ({formats.country(party.country)})
      <br />
      <span className="openimi-muted">{handler ? t('requests.facts.handledBy', { name: handler.name }) : t('requests.facts.notAllocated')}</span>
    </>
  );
}

/** The request at a glance: state, deadline, procedure, parties and their handlers, dates. */
export function RequestFacts({ request: r, procedure }: { request: RequestDetail; procedure: ProcedureView | undefined }) {
  const { t } = useTranslation();
  const formats = useFormats();
  const deadline = shownDeadline(r, new Date());
  return (
    <dl className="ecl-description-list ecl-description-list--horizontal ecl-u-mb-xl">
      <Item term={t('requests.field.state')}>
        <StateLabel state={r.state} />
        {r.escalatedBy.length > 0 && (
          <span className="ecl-label ecl-label--medium ecl-u-ml-xs">{t('requests.facts.escalatedBy', { sides: formats.list(r.escalatedBy.map((s) => t(`requests.side.${s}`))) })}</span>
        )}
      </Item>
      {deadline && (
        <Item term={t('requests.field.deadline')}>
          <DeadlineText deadline={deadline} />
        </Item>
      )}
      <Item term={t('requests.field.procedure')}>{procedure?.name ?? r.procedure.code}</Item>
      <Item term={t('requests.facts.requester')}>
        <Party party={r.requester} handler={r.requesterHandler} />
      </Item>
      <Item term={t('requests.facts.receiver')}>
        {r.receiver ? <Party party={r.receiver} handler={r.receiverHandler} /> : <span className="openimi-muted">{t('requests.inbox.noReceiver')}</span>}
      </Item>
      {r.commission && <Item term={t('requests.facts.commission')}>{t('requests.facts.commissionIncluded')}</Item>}
      <Item term={t('requests.facts.created')}>{formats.dateTime(r.createdAt)}</Item>
      {r.sentAt && <Item term={t('requests.facts.sent')}>{formats.dateTime(r.sentAt)}</Item>}
      {r.closedAt && <Item term={t('requests.facts.closed')}>{formats.dateTime(r.closedAt)}</Item>}
    </dl>
  );
}

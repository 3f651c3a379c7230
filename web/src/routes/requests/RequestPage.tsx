import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useRequest, useRequestProcedure, type RequestDetail } from '../../api/requests';
import { Loading } from '../../components/Loading';
import { Notification } from '../../components/Notification';
import { Page } from '../../components/Page';
import { ProblemNotice } from '../../components/ProblemNotice';
import { ActionsPanel } from './ActionsPanel';
import { AllocationForm } from './AllocationForm';
import { Attachments } from './Attachments';
import { CommentForm } from './CommentForm';
import { DeadlineForm } from './DeadlineForm';
import { LanguageNote } from './FreeText';
import { ReceiverAnswerForm, type AnswerFormStatus } from './ReceiverAnswerForm';
import { RequestAnswers } from './RequestAnswers';
import { RequestFacts } from './RequestFacts';
import { RequestLinks } from './RequestLinks';
import { StateLabel } from './StateLabel';
import { Timeline } from './Timeline';

/** One request: its facts, questions and answers, files, timeline, and what the reader may do now. */
export function RequestPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const request = useRequest(id);
  if (request.isPending) return <Page title={t('requests.page.loading')}><Loading /></Page>;
  if (request.isError) return <Page title={t('requests.page.notFound')}><ProblemNotice error={request.error} /></Page>;
  return <RequestView key={request.data.id} request={request.data} refetching={request.isFetching} />;
}

function RequestView({ request, refetching }: { request: RequestDetail; refetching: boolean }) {
  const { t, i18n } = useTranslation();
  const procedure = useRequestProcedure(request.procedure.code, request.procedure.version, i18n.language);
  const [conflict, setConflict] = useState(false);
  const [answerStatus, setAnswerStatus] = useState<AnswerFormStatus | null>(null);
  const notice = useRef<HTMLDivElement>(null);
  const onConflict = useCallback(() => setConflict(true), []);
  const receiverEditable = request.viewer.editable.includes('receiver');
  const v = request.viewer;

  useEffect(() => {
    if (conflict) notice.current?.focus();
  }, [conflict]);

  return (
    <Page
      title={request.subject}
      titleLanguage={request.subjectLanguage}
      titleNote={<LanguageNote language={request.subjectLanguage} />}
      meta={
        <span className="openimi-actions">
          <span>{request.reference}</span>
          <StateLabel state={request.state} />
        </span>
      }
      description={procedure.data?.name ?? request.procedure.code}
    >
      <p className="ecl-u-mb-l">
        <Link className="ecl-link ecl-link--standalone" to="/requests">
          {t('requests.page.back')}
        </Link>
      </p>
      {conflict && (
        <div ref={notice} tabIndex={-1}>
          <Notification variant="warning" role="alert" className="ecl-u-mb-l" title={t('requests.conflict.title')}>
            {refetching ? t('requests.conflict.reloading') : t('requests.conflict.body', { state: t(`requests.state.${request.state}`) })}
            <div className="ecl-u-mt-s">
              <button type="button" className="ecl-button ecl-button--ghost" onClick={() => setConflict(false)}>
                {t('web.action.close')}
              </button>
            </div>
          </Notification>
        </div>
      )}
      {request.state === 'draft' && v.canEditDraft && (
        <Notification variant="info" className="ecl-u-mb-l" title={t('requests.page.draft')}>
          <Link className="ecl-link" to={`/requests/new?draft=${encodeURIComponent(request.id)}`}>
            {t('requests.links.editDraft')}
          </Link>
        </Notification>
      )}
      <div className="ecl-row">
        <div className="ecl-col-12 ecl-col-l-8">
          <RequestFacts request={request} procedure={procedure.data} />
          <section aria-labelledby="request-questions" className="ecl-u-mb-2xl">
            <h2 className="ecl-u-type-heading-2" id="request-questions">
              {t('requests.answers.title')}
            </h2>
            {procedure.isPending ? (
              <Loading />
            ) : procedure.isError ? (
              <ProblemNotice error={procedure.error} />
            ) : (
              <>
                <RequestAnswers procedure={procedure.data} answers={request.answers} attachments={request.attachments} skip={receiverEditable ? 'receiver' : undefined} />
                {receiverEditable && <ReceiverAnswerForm request={request} procedure={procedure.data} onStatus={setAnswerStatus} onConflict={onConflict} />}
              </>
            )}
          </section>
          <Attachments request={request} />
          <Timeline entries={request.timeline} procedure={procedure.data} />
        </div>
        <aside className="ecl-col-12 ecl-col-l-4" aria-label={t('requests.page.sidebar')}>
          <ActionsPanel request={request} procedure={procedure.data} answerStatus={receiverEditable ? answerStatus : null} onConflict={onConflict} />
          {v.canAllocate && <AllocationForm request={request} onConflict={onConflict} />}
          {v.canAdjustDeadlines && <DeadlineForm key={request.state} request={request} onConflict={onConflict} />}
          {v.canComment && <CommentForm requestId={request.id} />}
          <RequestLinks request={request} />
        </aside>
      </div>
    </Page>
  );
}

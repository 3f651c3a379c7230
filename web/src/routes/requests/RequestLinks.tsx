import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { pdfUrl, useDeleteRequest, type RequestDetail } from '../../api/requests';
import { Icon, type IconName } from '../../components/Icon';
import { Notification } from '../../components/Notification';
import { ProblemNotice } from '../../components/ProblemNotice';

/** In ECL's sprite; Icon's list of names does not name it yet. */
const DOWNLOAD = 'download' as IconName;

/** The case file as a PDF, and for a draft: back to the wizard, or delete it (after a confirmation). */
export function RequestLinks({ request }: { request: RequestDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const remove = useDeleteRequest();
  const [confirming, setConfirming] = useState(false);
  return (
    <section aria-label={t('requests.links.label')} className="ecl-u-mb-xl">
      <ul className="openimi-plain-list openimi-link-list">
        {request.state === 'draft' && request.viewer.canEditDraft && (
          <li>
            <Link className="ecl-link ecl-link--standalone ecl-link--icon" to={`/requests/new?draft=${encodeURIComponent(request.id)}`}>
              <Icon name="edit" size="s" className="ecl-link__icon" />
              <span className="ecl-link__label">{t('requests.links.editDraft')}</span>
            </Link>
          </li>
        )}
        <li>
          <a className="ecl-link ecl-link--standalone ecl-link--icon" href={pdfUrl(request.id)} download>
            <Icon name={DOWNLOAD} size="s" className="ecl-link__icon" />
            <span className="ecl-link__label">{t('requests.links.pdf')}</span>
          </a>
        </li>
      </ul>
      {request.viewer.canDelete && (
        <div className="ecl-u-mt-m">
          <ProblemNotice error={remove.error} />
          {confirming ? (
            <Notification variant="warning" role="alert" title={t('requests.links.deleteConfirm')}>
              <div className="openimi-actions ecl-u-mt-s">
                <button
                  type="button"
                  className="ecl-button ecl-button--primary"
                  disabled={remove.isPending}
                  onClick={() => remove.mutate(request.id, { onSuccess: () => void navigate('/requests?box=drafts') })}
                >
                  {t('requests.links.deleteYes')}
                </button>
                <button type="button" className="ecl-button ecl-button--secondary" onClick={() => setConfirming(false)}>
                  {t('requests.confirm.no')}
                </button>
              </div>
            </Notification>
          ) : (
            <button type="button" className="ecl-button ecl-button--secondary" onClick={() => setConfirming(true)}>
              <span className="ecl-button__container">
                <Icon name="trash" size="xs" className="ecl-button__icon" />
                <span className="ecl-button__label">{t('requests.links.delete')}</span>
              </span>
            </button>
          )}
        </div>
      )}
    </section>
  );
}

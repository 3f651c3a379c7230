import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { attachmentUrl, useDeleteAttachment, useUploadAttachment, type RequestDetail } from '../../api/requests';
import { FileChooser } from '../../components/FileChooser';
import { ProblemNotice } from '../../components/ProblemNotice';
import { formatFileSize } from './compose/file-size';
import { shortHash } from './request-view';
import { useFormats } from './use-formats';

/**
 * The files of a request: name (a download link), size, who attached it and when, its SHA-256
 * (short, the full value one click away), and an upload field when the reader may attach.
 */
export function Attachments({ request }: { request: RequestDetail }) {
  const { t } = useTranslation();
  const formats = useFormats();
  const upload = useUploadAttachment(request.id);
  const remove = useDeleteAttachment(request.id);
  const input = useRef<HTMLInputElement>(null);
  // A side removes its documents only while it may still change what it sends (the server's rule too).
  const removable = (side: 'requester' | 'receiver') => request.viewer.editable.includes(side === 'requester' ? 'sender' : 'receiver');
  return (
    <section aria-labelledby="request-attachments" className="ecl-u-mb-2xl">
      <h2 className="ecl-u-type-heading-2" id="request-attachments">
        {t('requests.attachments.title')}
      </h2>
      {request.attachments.length === 0 ? (
        <p className="ecl-u-type-paragraph">{t('requests.attachments.none')}</p>
      ) : (
        <ul className="openimi-plain-list openimi-attachments">
          {request.attachments.map((a) => (
            <li key={a.id} className="openimi-attachment">
              <div className="openimi-actions">
                <a className="ecl-link ecl-link--standalone openimi-strong" href={attachmentUrl(request.id, a.id)} download={a.filename}>
                  {a.filename}
                </a>
                <span className="openimi-muted">{formatFileSize(a.size, formats.language)}</span>
                {removable(a.side) && (
                  <button type="button" className="ecl-button ecl-button--ghost" onClick={() => remove.mutate(a.id)} disabled={remove.isPending}>
                    {t('requests.attachments.remove', { filename: a.filename })}
                  </button>
                )}
              </div>
              <div className="ecl-u-type-paragraph-s openimi-muted">
                {t('requests.attachments.by', { name: a.uploadedBy.name, date: formats.dateTime(a.uploadedAt) })}
              </div>
              <details className="ecl-u-type-paragraph-s openimi-hash">
                <summary title={a.sha256}>
                  {t('requests.attachments.sha256')} <code>{shortHash(a.sha256)}</code>
                </summary>
                <code className="openimi-hash__full">{a.sha256}</code>
              </details>
            </li>
          ))}
        </ul>
      )}
      {request.viewer.canAttach && (
        <div className="ecl-form-group ecl-u-mt-l">
          <label htmlFor="request-upload" className="ecl-form-label">
            {t('requests.attachments.add')}
          </label>
          <div className="ecl-help-block" id="request-upload-help">
            {t('requests.attachments.addHelp')}
          </div>
          <FileChooser
            id="request-upload"
            inputRef={input}
            describedBy="request-upload-help"
            busy={upload.isPending}
            buttonLabel={upload.isPending ? t('requests.attachments.uploading') : t('requests.compose.file.choose')}
            onFile={(file) => upload.mutate({ file })}
          />
          {upload.isPending && <p className="ecl-u-type-paragraph-s" role="status">{t('requests.attachments.uploading')}</p>}
          {upload.isSuccess && <p className="ecl-u-type-paragraph-s" role="status">{t('requests.attachments.uploaded', { filename: upload.data.filename })}</p>}
        </div>
      )}
      <ProblemNotice error={upload.error ?? remove.error} className="ecl-u-mt-s" />
    </section>
  );
}

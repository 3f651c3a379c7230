import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { attachmentUrl, useDeleteAttachment, useUploadAttachment, type AttachmentView } from '../../api/requests';
import { describedBy, FormField, type FieldFrame } from '../../components/FormField';
import { ProblemNotice } from '../../components/ProblemNotice';
import { fileSize } from './request-view';
import { useFormats } from './use-formats';

/** An attachment question: the files attached to it, and a file input that uploads at once. */
export function AttachmentQuestion({ requestId, frame, question, attachments, canAttach }: { requestId: string; frame: FieldFrame; question: string; attachments: AttachmentView[]; canAttach: boolean }) {
  const { t } = useTranslation();
  const formats = useFormats();
  const upload = useUploadAttachment(requestId);
  const remove = useDeleteAttachment(requestId);
  const input = useRef<HTMLInputElement>(null);
  return (
    <FormField frame={frame}>
      {attachments.length > 0 && (
        <ul className="openimi-plain-list ecl-u-mb-s">
          {attachments.map((a) => (
            <li key={a.id} className="openimi-actions">
              <a className="ecl-link" href={attachmentUrl(requestId, a.id)} download={a.filename}>
                {a.filename}
              </a>
              <span className="openimi-muted">{fileSize(a.size, formats.language)}</span>
              {canAttach && (
                <button type="button" className="ecl-button ecl-button--ghost" onClick={() => remove.mutate(a.id)} disabled={remove.isPending}>
                  {t('requests.attachments.remove', { filename: a.filename })}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canAttach && (
        <input
          ref={input}
          id={frame.id}
          name={frame.id}
          type="file"
          className="openimi-file-input"
          aria-describedby={describedBy(frame)}
          disabled={upload.isPending}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) upload.mutate({ file, question }, { onSettled: () => input.current && (input.current.value = '') });
          }}
        />
      )}
      {upload.isPending && <p className="ecl-u-type-paragraph-s" role="status">{t('requests.attachments.uploading')}</p>}
      <ProblemNotice error={upload.error ?? remove.error} className="ecl-u-mt-s" />
    </FormField>
  );
}

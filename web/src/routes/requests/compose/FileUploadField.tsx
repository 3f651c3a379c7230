import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { attachmentUrl, type AttachmentView } from '../../../api/requests';
import type { FieldProblem } from '../../../api/problem';
import { FileChooser } from '../../../components/FileChooser';
import { FieldError, RequiredMark } from '../../../components/FormField';
import { Icon } from '../../../components/Icon';
import { ProblemNotice } from '../../../components/ProblemNotice';
import { formatFileSize } from './file-size';

interface FileUploadFieldProps {
  id: string;
  label: string;
  requestId: string;
  files: readonly AttachmentView[];
  onUpload: (file: File) => void;
  onRemove: (attachment: AttachmentView) => void;
  busy: boolean;
  required?: boolean;
  help?: string;
  /** A field error (client check or the server's, on the answer). */
  error?: FieldProblem | string;
  /** The server's refusal of the last upload or removal (type, size, virus...), in the reader's language. */
  uploadError?: unknown;
}

/**
 * ECL file upload: each chosen file is uploaded at once (one at a time) and listed with its
 * type and size, a link to download it and a button to remove it.
 */
export function FileUploadField({ id, label, requestId, files, onUpload, onRemove, busy, required, help, error, uploadError }: FileUploadFieldProps) {
  const { t, i18n } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const described = [help ? `${id}-help` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

  function remove(attachment: AttachmentView) {
    onRemove(attachment);
    input.current?.focus();
  }

  return (
    <div className="ecl-form-group ecl-u-mb-l">
      <label htmlFor={id} className="ecl-form-label">
        {label}
        {required && <RequiredMark />}
      </label>
      {help && (
        <div className="ecl-help-block" id={`${id}-help`}>
          {help}
        </div>
      )}
      <FieldError id={`${id}-error`} error={error} />
      {uploadError ? <ProblemNotice error={uploadError} className="ecl-u-mv-s" /> : null}
      <FileChooser
        id={id}
        inputRef={input}
        busy={busy}
        required={required}
        invalid={Boolean(error)}
        describedBy={described}
        onFile={onUpload}
        buttonLabel={busy ? t('requests.compose.file.uploading') : files.length > 0 ? t('requests.compose.file.chooseAnother') : t('requests.compose.file.choose')}
      />
      {busy && (
        <p className="ecl-u-sr-only" role="status">
          {t('requests.compose.file.uploading')}
        </p>
      )}
      <ul className="ecl-file-upload__list" aria-label={t('requests.compose.file.listLabel', { label })}>
        {files.map((file) => (
          <li key={file.id} className="ecl-file-upload__item openimi-file-item">
            <span className="openimi-file-item__text">
              <a className="ecl-link ecl-file-upload__item-name" href={attachmentUrl(requestId, file.id)} download={file.filename}>
                {file.filename}
              </a>{' '}
              <span className="ecl-file-upload__item-meta">
                ({t('requests.compose.file.meta', { type: file.mediaType, size: formatFileSize(file.size, i18n.language) })})
              </span>
            </span>
            <button type="button" className="ecl-button ecl-button--tertiary openimi-file-item__remove" onClick={() => remove(file)} disabled={busy}>
              <span className="ecl-button__container">
                <Icon name="trash" size="xs" className="ecl-button__icon" />
                <span className="ecl-button__label">
                  {t('requests.compose.file.remove')}
                  <span className="ecl-u-sr-only"> {file.filename}</span>
                </span>
              </span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

import { useDeleteAttachment, useUploadAttachment, type AttachmentView } from '../../api/requests';
import type { QuestionView } from '../../api/catalogue';
import type { FieldFrame } from '../../components/FormField';
import { FileUploadField } from './compose/FileUploadField';

/** An attachment question of the answer form: the wizard's upload field, uploading at once to this request. */
export function AttachmentQuestion({ requestId, frame, question, attachments }: { requestId: string; frame: FieldFrame; question: QuestionView; attachments: AttachmentView[] }) {
  const upload = useUploadAttachment(requestId);
  const remove = useDeleteAttachment(requestId);
  return (
    <FileUploadField
      id={frame.id}
      label={question.label}
      required={question.required}
      help={question.help ?? undefined}
      error={frame.error}
      requestId={requestId}
      files={attachments}
      busy={upload.isPending || remove.isPending}
      onUpload={(file) => upload.mutate({ file, question: question.code })}
      onRemove={(attachment) => remove.mutate(attachment.id)}
      uploadError={upload.error ?? remove.error}
    />
  );
}

import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDeleteAttachment, useUploadAttachment, type AttachmentView } from '../../../api/requests';
import { furtherDocuments } from './answers';
import { FileUploadField } from './FileUploadField';
import type { StepContext } from './step-context';
import { WizardActions } from './WizardActions';

/**
 * Step 4: further documents attached to the request itself, each uploaded as it is chosen and
 * listed with its type and size. What the server accepts (types, size) it says when it refuses a
 * file, in the reader's language; that message is shown as it comes.
 */
export function AttachmentsStep({ ctx }: { ctx: StepContext }) {
  const { t } = useTranslation();
  const { draft } = ctx;
  const upload = useUploadAttachment(draft.id);
  const remove = useDeleteAttachment(draft.id);
  const [error, setError] = useState<unknown>(null);
  const [removed, setRemoved] = useState<string[]>([]);
  const [added, setAdded] = useState<AttachmentView[]>([]);
  const busy = ctx.busy || upload.isPending || remove.isPending;
  // The list follows the draft; what was just added or removed shows before the draft is refetched.
  const documents = furtherDocuments([...draft.attachments, ...added.filter((a) => !draft.attachments.some((d) => d.id === a.id))]).filter(
    (a) => !removed.includes(a.id),
  );

  async function add(file: File) {
    setError(null);
    try {
      const attachment = await upload.mutateAsync({ file });
      setAdded((list) => [...list, attachment]);
    } catch (failure) {
      setError(failure);
    }
  }

  async function drop(attachment: AttachmentView) {
    setError(null);
    try {
      await remove.mutateAsync(attachment.id);
      setRemoved((list) => [...list, attachment.id]);
    } catch (failure) {
      setError(failure);
    }
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    ctx.goTo('review');
  }

  return (
    <form onSubmit={onSubmit} noValidate className="openimi-form">
      <p className="ecl-u-type-paragraph">{t('requests.compose.attachments.intro')}</p>
      <FileUploadField
        id="further-documents"
        label={t('requests.compose.attachments.label')}
        help={t('requests.compose.attachments.help')}
        requestId={draft.id}
        files={documents}
        busy={busy}
        uploadError={error}
        onUpload={(file) => void add(file)}
        onRemove={(attachment) => void drop(attachment)}
      />
      {documents.length === 0 && <p className="ecl-u-type-paragraph ecl-u-type-color-grey-75">{t('requests.compose.attachments.none')}</p>}
      <WizardActions saved={ctx.saved} busy={busy} onBack={() => ctx.leaveTo('questions')} onSaveDraft={ctx.confirmSaved} />
    </form>
  );
}

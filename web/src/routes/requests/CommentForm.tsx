import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addComment, useRequestWrite } from '../../api/requests';
import { Notification } from '../../components/Notification';
import { TextAreaField } from '../../components/TextAreaField';
import { WriteProblem } from './WriteProblem';

function newKey(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

/** A comment on the request, for everyone taking part; retrying the same comment never posts it twice. */
export function CommentForm({ requestId }: { requestId: string }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [key, setKey] = useState(newKey);
  const [checked, setChecked] = useState(false);
  const post = useRequestWrite(requestId, (vars: { text: string; key: string }) => addComment(requestId, vars.text, undefined, vars.key));

  function submit(event: FormEvent) {
    event.preventDefault();
    setChecked(true);
    if (!text.trim()) return;
    post.mutate(
      { text: text.trim(), key },
      {
        onSuccess: () => {
          setText('');
          setKey(newKey());
          setChecked(false);
        },
      },
    );
  }

  return (
    <section aria-labelledby="request-comment" className="openimi-panel ecl-u-mb-xl">
      <h2 className="openimi-panel__title" id="request-comment">
        {t('requests.comment.title')}
      </h2>
      {post.isSuccess && <Notification variant="success" role="status" className="ecl-u-mb-m" title={t('requests.comment.posted')} />}
      <WriteProblem error={post.error} className="ecl-u-mb-m" />
      <form onSubmit={submit} noValidate>
        <TextAreaField
          id="comment-text"
          label={t('requests.comment.label')}
          help={t('requests.comment.help')}
          value={text}
          onChange={(value) => {
            post.reset();
            setText(value);
          }}
          error={checked && !text.trim() ? t('requests.actionForm.required') : undefined}
          rows={4}
        />
        <button type="submit" className="ecl-button ecl-button--secondary" disabled={post.isPending}>
          {t('requests.comment.post')}
        </button>
      </form>
    </section>
  );
}

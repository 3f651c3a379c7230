import { useTranslation } from 'react-i18next';
import type { ProcedureView } from '../../api/catalogue';
import type { ActionType, EscalationGround, RequestDetail } from '../../api/requests';
import { Loading } from '../../components/Loading';
import { RadioGroup } from '../../components/RadioGroup';
import { TextAreaField } from '../../components/TextAreaField';
import { ACTION_INPUT, type ActionDraft, type ActionProblem } from './action-input';
import { AuthorityChoice, type ChosenAuthority } from './AuthorityChoice';

interface ActionFieldsProps {
  type: ActionType;
  request: RequestDetail;
  procedure: ProcedureView | undefined;
  draft: ActionDraft;
  onChange: (patch: Partial<ActionDraft>) => void;
  target: ChosenAuthority | null;
  onTarget: (chosen: ChosenAuthority) => void;
  problem: ActionProblem;
}

/** The inputs one action needs: a standard reason, an authority, a ground, a message or an optional comment. */
export function ActionFields({ type, request, procedure, draft, onChange, target, onTarget, problem }: ActionFieldsProps) {
  const { t } = useTranslation();
  const input = ACTION_INPUT[type];
  const required = input === 'message';
  const textField =
    input === 'none' ? null : (
      <TextAreaField
        id={`action-${type}-text`}
        label={required ? t(`requests.actionForm.message.${type}`) : t('requests.actionForm.comment')}
        required={required}
        value={draft.text}
        onChange={(text) => onChange({ text })}
        error={problem === 'text' ? t('requests.actionForm.required') : undefined}
        rows={required ? 6 : 3}
      />
    );
  switch (input) {
    case 'reason': {
      const reasons = procedure?.messages.find((g) => g.group === 'reject')?.items ?? [];
      return (
        <>
          {!procedure ? (
            <Loading />
          ) : (
            <RadioGroup
              id={`action-${type}-reason`}
              legend={t('requests.actionForm.reason')}
              required
              options={reasons.map((r) => ({ value: r.code, label: r.text }))}
              value={draft.reason}
              onChange={(reason) => onChange({ reason })}
              error={problem === 'reason' ? t('requests.actionForm.chooseReason') : undefined}
            />
          )}
          {textField}
        </>
      );
    }
    case 'target':
      return (
        <>
          {request.receiver && (
            <AuthorityChoice
              id={`action-${type}-target`}
              country={request.receiver.country}
              procedure={request.procedure.code}
              exclude={[request.receiver.id, request.requester.id]}
              value={target}
              onChange={onTarget}
              error={problem === 'target' ? t('requests.actionForm.chooseAuthority') : undefined}
            />
          )}
          {textField}
        </>
      );
    case 'ground':
      return (
        <>
          <RadioGroup
            id={`action-${type}-ground`}
            legend={t('requests.actionForm.ground')}
            required
            options={(['disagreement', 'lateness'] as const).map((g) => ({ value: g, label: t(`requests.ground.${g}`) }))}
            value={draft.ground}
            onChange={(ground) => onChange({ ground: ground as EscalationGround })}
            error={problem === 'ground' ? t('requests.actionForm.chooseGround') : undefined}
          />
          {textField}
        </>
      );
    default:
      return textField;
  }
}

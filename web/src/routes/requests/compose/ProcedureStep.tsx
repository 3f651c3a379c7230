import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcedureSummary } from '../../../api/catalogue';
import { fieldErrorsByPointer } from '../../../api/problem';
import type { CreateRequestInput, RequestDetail } from '../../../api/requests';
import type { Me, Membership } from '../../../api/types';
import { ChoiceFieldset } from '../../../components/ChoiceFieldset';
import { Notification } from '../../../components/Notification';
import { RadioGroup } from '../../../components/RadioGroup';
import { TextField } from '../../../components/TextField';
import { useCatalogueNames } from '../../../components/use-catalogue-names';
import { Loading } from '../../../components/Loading';
import { ProblemNotice } from '../../../components/ProblemNotice';
import { useCatalogue } from '../../../api/queries';
import { countryName } from '../../../i18n/names';
import { Item } from '../../directory/AuthorityDetails';
import { WizardActions } from './WizardActions';

const SUBJECT_MAX = 200;

/** The authorities a user may write requests for: those where they handle or supervise exchanges. */
export function actingMemberships(me: Me): Membership[] {
  return me.memberships.filter((m) => m.authorityStatus === 'active' && m.roles.some((r) => r === 'handler' || r === 'supervisor'));
}

interface ProcedureStepProps {
  me: Me;
  draft: RequestDetail | null;
  problem: unknown;
  busy: boolean;
  saved: boolean;
  /** Creates the draft; `stay` keeps the wizard on this step (Save draft). */
  create: (body: CreateRequestInput, stay: boolean) => void;
  /** Saves the subject of an existing draft; `stay` as above. */
  update: (subject: string, stay: boolean) => void;
}

/**
 * Step 1: the procedure (a request-type procedure of the catalogue, grouped by policy area), the
 * authority the user acts for when they belong to several, and a subject line. Continue creates
 * the draft; once it exists, procedure and authority are fixed and only the subject changes.
 */
export function ProcedureStep({ me, draft, problem, busy, saved, create, update }: ProcedureStepProps) {
  const { t, i18n } = useTranslation();
  const names = useCatalogueNames();
  const catalogue = useCatalogue(i18n.language);
  const acting = actingMemberships(me);
  const [procedure, setProcedure] = useState(draft?.procedure.code ?? '');
  const [authority, setAuthority] = useState(draft?.requester.id ?? (acting.length === 1 ? acting[0]!.authorityId : ''));
  const [subject, setSubject] = useState(draft?.subject ?? '');
  const [checked, setChecked] = useState(false);
  const serverErrors = fieldErrorsByPointer(problem);

  const areas = names.areas
    .map((area) => ({ ...area, procedures: area.procedures.filter((p) => p.workflowType === 'request') }))
    .filter((area) => area.procedures.length > 0);

  const missing = {
    procedure: !draft && !procedure ? t('requests.compose.procedure.required') : undefined,
    authority: !draft && !authority ? t('requests.compose.authority.required') : undefined,
    subject: !subject.trim() ? t('requests.compose.subject.required') : undefined,
  };

  function submit(stay: boolean) {
    setChecked(true);
    if (missing.procedure || missing.authority || missing.subject) {
      const first = missing.authority ? 'input[name="acting-authority"]' : missing.procedure ? 'input[name="procedure"]' : '#subject';
      document.querySelector<HTMLElement>(first)?.focus();
      return;
    }
    if (draft) update(subject.trim(), stay);
    else create({ procedure, requesterAuthority: authority, subject: subject.trim(), language: i18n.language }, stay);
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    submit(false);
  }

  if (!draft && acting.length === 0) {
    return (
      <Notification variant="warning" title={t('requests.compose.authority.noneTitle')}>
        {t('requests.compose.authority.none')}
      </Notification>
    );
  }

  if (!draft && catalogue.isPending) return <Loading />;
  if (!draft && catalogue.isError) return <ProblemNotice error={catalogue.error} />;

  const membership = acting.find((m) => m.authorityId === authority);
  return (
    <form onSubmit={onSubmit} noValidate className="openimi-form">
      {draft ? (
        <dl className="ecl-description-list ecl-description-list--horizontal ecl-u-mb-l">
          <Item term={t('requests.compose.procedure.label')}>
            {names.procedure(draft.procedure.code)}
            <span className="ecl-u-type-color-grey-75"> — {names.area(draft.procedure.area)}</span>
          </Item>
          <Item term={t('requests.compose.authority.label')}>
            {draft.requester.name} ({countryName(draft.requester.country, i18n.language)})
          </Item>
        </dl>
      ) : (
        <>
          {acting.length > 1 ? (
            <RadioGroup
              id="acting-authority"
              legend={t('requests.compose.authority.label')}
              help={t('requests.compose.authority.help')}
              required
              error={checked ? missing.authority : serverErrors['/requesterAuthority']}
              options={acting.map((m) => ({ value: m.authorityId, label: `${m.authorityName} (${countryName(m.country, i18n.language)})` }))}
              value={authority}
              onChange={setAuthority}
            />
          ) : (
            membership && (
              <p className="ecl-u-type-paragraph ecl-u-mb-l">
                {t('requests.compose.authority.single', { authority: membership.authorityName, country: countryName(membership.country, i18n.language) })}
              </p>
            )
          )}
          <ChoiceFieldset
            id="procedure-choice"
            legend={t('requests.compose.procedure.label')}
            help={t('requests.compose.procedure.help')}
            required
            error={checked ? missing.procedure : serverErrors['/procedure']}
          >
            {areas.map((area) => (
              <fieldset key={area.code} className="openimi-procedure-group">
                <legend className="openimi-procedure-group__title">{area.name}</legend>
                {area.procedures.map((p) => (
                  <ProcedureOption key={p.code} procedure={p} checked={procedure === p.code} invalid={checked && !!missing.procedure} onChoose={setProcedure} />
                ))}
              </fieldset>
            ))}
          </ChoiceFieldset>
        </>
      )}
      <TextField
        id="subject"
        label={t('requests.compose.subject.label')}
        help={t('requests.compose.subject.help')}
        required
        maxLength={SUBJECT_MAX}
        size="l"
        value={subject}
        onChange={setSubject}
        error={checked && missing.subject ? missing.subject : serverErrors['/subject']}
      />
      <WizardActions busy={busy} saved={saved} onSaveDraft={() => submit(true)} />
    </form>
  );
}

function ProcedureOption({ procedure: p, checked, invalid, onChoose }: { procedure: ProcedureSummary; checked: boolean; invalid: boolean; onChoose: (code: string) => void }) {
  const id = `procedure-${p.code}`;
  return (
    <div className="ecl-radio openimi-procedure-option">
      <input
        type="radio"
        id={id}
        name="procedure"
        value={p.code}
        className="ecl-radio__input"
        checked={checked}
        aria-describedby={p.description ? `${id}-help` : undefined}
        aria-invalid={invalid || undefined}
        onChange={() => onChoose(p.code)}
      />
      <label className="ecl-radio__label" htmlFor={id}>
        <span className={`ecl-radio__box${invalid ? ' ecl-radio__box--invalid' : ''}`}>
          <span className="ecl-radio__box-inner" />
        </span>
        <span className="ecl-radio__text">{p.name}</span>
      </label>
      {p.description && (
        <div className="ecl-radio__help" id={`${id}-help`}>
          {p.description}
        </div>
      )}
    </div>
  );
}

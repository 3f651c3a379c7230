import { useTranslation } from 'react-i18next';
import type { FieldProblem } from '../../api/problem';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { ChoiceFieldset } from '../../components/ChoiceFieldset';
import { useCatalogueNames } from '../../components/use-catalogue-names';
import { useOptions } from '../../components/use-options';
import type { AuthorityDraft } from './authority-draft';

interface CompetenceFieldsProps {
  draft: AuthorityDraft;
  onChange: (draft: AuthorityDraft) => void;
  errors: Record<string, FieldProblem>;
  /** Whether the policy areas can be changed; procedures of the current areas and professions always can. */
  scopeEditable: boolean;
}

/** The first error under a list field (`/procedures`, `/procedures/3`, ...). */
function firstError(errors: Record<string, FieldProblem>, field: string): FieldProblem | undefined {
  return Object.entries(errors).find(([pointer]) => pointer === `/${field}` || pointer.startsWith(`/${field}/`))?.[1];
}

/**
 * What the authority is competent for, in catalogue terms: its policy areas, the procedures of
 * those areas it handles (grouped by area), and the professions and activities it deals with.
 */
export function CompetenceFields({ draft, onChange, errors, scopeEditable }: CompetenceFieldsProps) {
  const { t } = useTranslation();
  const names = useCatalogueNames();
  const options = useOptions();
  const areas = names.areas;
  const areaOfProcedure = new Map(areas.flatMap((a) => a.procedures.map((p) => [p.code, a.code] as const)));
  const chosen = areas.filter((a) => draft.competences.includes(a.code));

  // Leaving an area leaves its procedures too (a procedure would otherwise bring the area back).
  const setAreas = (codes: string[]) =>
    onChange({ ...draft, competences: codes, procedures: draft.procedures.filter((p) => codes.includes(areaOfProcedure.get(p) ?? '')) });
  const setProceduresOf = (area: string, codes: string[]) =>
    onChange({ ...draft, procedures: [...draft.procedures.filter((p) => areaOfProcedure.get(p) !== area), ...codes] });

  return (
    <>
      {scopeEditable && (
        <CheckboxGroup
          id="competences"
          legend={t('web.field.competences')}
          help={t('web.register.competencesHelp')}
          columns
          options={options.areas}
          value={draft.competences}
          onChange={setAreas}
          error={firstError(errors, 'competences')}
        />
      )}
      {chosen.length > 0 && (
        <ChoiceFieldset id="procedures" legend={t('web.field.procedures')} help={t('web.register.proceduresHelp')} error={firstError(errors, 'procedures')}>
          {chosen.map((area) => (
            <CheckboxGroup
              key={area.code}
              id={`procedures-${area.code}`}
              legend={area.name}
              options={area.procedures.map((p) => ({ value: p.code, label: p.name }))}
              value={draft.procedures.filter((p) => areaOfProcedure.get(p) === area.code)}
              onChange={(codes) => setProceduresOf(area.code, codes)}
            />
          ))}
        </ChoiceFieldset>
      )}
      <CheckboxGroup
        id="professions"
        legend={t('web.field.professions')}
        help={t('web.register.professionsHelp')}
        columns
        options={options.professions}
        value={draft.professions}
        onChange={(professions) => onChange({ ...draft, professions })}
        error={firstError(errors, 'professions')}
      />
    </>
  );
}

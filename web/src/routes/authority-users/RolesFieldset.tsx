import type { FieldProblem } from '../../api/problem';
import type { Role } from '../../api/types';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { useOptions } from '../../components/use-options';

interface RolesFieldsetProps {
  id: string;
  legend: string;
  value: Role[];
  onChange: (roles: Role[]) => void;
  error?: FieldProblem | string;
}

/** The roles a user has in an authority, as checkboxes with their translated names. */
export function RolesFieldset({ id, legend, value, onChange, error }: RolesFieldsetProps) {
  const options = useOptions();
  return <CheckboxGroup id={id} legend={legend} required options={options.roles} value={value} onChange={(v) => onChange(v as Role[])} error={error} />;
}

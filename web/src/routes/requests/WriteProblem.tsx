import { isRequestChanged } from '../../api/requests';
import { ProblemNotice } from '../../components/ProblemNotice';

/** A failed write, unless it failed because the request changed meanwhile: the page says that once, at the top. */
export function WriteProblem({ error, className }: { error: unknown; className?: string }) {
  if (!error || isRequestChanged(error)) return null;
  return <ProblemNotice error={error} className={className} focus />;
}

import { useTranslation } from 'react-i18next';
import type { RequestState } from '../../api/requests';

/** ECL label variants by state: waiting on someone (medium), in work (highlight), over (low). */
const VARIANT: Record<RequestState, 'low' | 'medium' | 'highlight'> = {
  draft: 'low',
  sent: 'medium',
  'awaiting-reassignment': 'medium',
  accepted: 'highlight',
  'awaiting-information': 'medium',
  answered: 'highlight',
  closed: 'low',
  rejected: 'low',
  withdrawn: 'low',
};

/** A request's state as an ECL label; the word says it, the colour only repeats it. */
export function StateLabel({ state }: { state: RequestState }) {
  const { t } = useTranslation();
  return <span className={`ecl-label ecl-label--${VARIANT[state]} openimi-nowrap`}>{t(`requests.state.${state}`)}</span>;
}

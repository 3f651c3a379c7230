import { useEffect, type RefObject } from 'react';
import type { ProcedureView } from '../../../api/catalogue';
import type { RequestDetail, UpdateRequestInput } from '../../../api/requests';
import type { StepId } from './steps';

/** Saves what a step holds that is not saved yet, before the wizard leaves it; false keeps the user there. */
export type LeaveGuard = () => Promise<boolean>;

/** What the compose page gives each step after the first: the draft, its procedure, and the ways to save and move. */
export interface StepContext {
  draft: RequestDetail;
  /** The procedure version the draft was created with, texts in the interface language. */
  procedure: ProcedureView;
  /** The last refusal that concerns the step (a field error of a save, or of Send). */
  problem: unknown;
  busy: boolean;
  /** PATCH with the version of the last server answer; false when refused (the page shows why). */
  save: (changes: Omit<UpdateRequestInput, 'version'>) => Promise<boolean>;
  /** Moves to a step, nothing saved. */
  goTo: (step: StepId) => void;
  /** Moves to a step after the step's leave guard saved its changes. */
  leaveTo: (step: StepId) => void;
  /** Confirms "draft saved" next to the step's buttons. */
  confirmSaved: () => void;
  /** Whether that confirmation is showing. */
  saved: boolean;
  leaveGuard: RefObject<LeaveGuard | null>;
}

/** Registers a step's leave guard for as long as the step is shown. */
export function useLeaveGuard(ref: RefObject<LeaveGuard | null>, guard: LeaveGuard): void {
  useEffect(() => {
    ref.current = guard;
  });
  useEffect(
    () => () => {
      ref.current = null;
    },
    [ref],
  );
}

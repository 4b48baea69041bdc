// One operation in the dialog, step by step: its plan (OperationPlanForm) — with the type's own plan and the
// timeline below it — then cancelling with a reason or closing with results. The plan form's state and notice
// live here, so going to a step and back keeps what was typed.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isEditable } from '../../shared/operations/lifecycle.ts';
import type { Operation } from '../../shared/operations/types.ts';
import type { Conflict } from '../../shared/sync/conflict.ts';
import { mayMutate, useSignedInUser } from '../writes/use-signed-in-user.ts';
import { CancelOperationStep } from './CancelOperationStep.tsx';
import { CloseOperationStep } from './closing/CloseOperationStep.tsx';
import type { FormNotice } from './form-notice.ts';
import type { OperationFormValues } from './operation-form.ts';
import { OperationPlanForm } from './OperationPlanForm.tsx';
import { OperationTimeline } from './OperationTimeline.tsx';
import { TypedPlanSection } from './typed-plan/TypedPlanSection.tsx';
import { useOperationForm } from './use-operation-form.ts';

interface OperationFormProps {
  /** The record the form edits (null: a new one, or a conflict's operation the hub does not have). */
  readonly original: Operation | null;
  readonly initial: OperationFormValues;
  readonly conflict: Conflict | null;
  readonly onDone: (message: string) => void;
}

type Step = 'plan' | 'cancel' | 'close';

export function OperationForm({ original, initial, conflict, onDone }: OperationFormProps) {
  const { t } = useTranslation();
  const { t: tRecords } = useTranslation('records');
  const signedIn = useSignedInUser();
  const [current, setCurrent] = useState<Operation | null>(original);
  const [step, setStep] = useState<Step>('plan');
  const [notice, setNotice] = useState<FormNotice>(null);
  const state = useOperationForm(current, initial);

  if (step === 'cancel' && current) {
    return (
      <CancelOperationStep operation={current} onBack={() => setStep('plan')} onCancelled={() => onDone(t('operationForm.cancelled'))} />
    );
  }
  if (step === 'close' && current) {
    return <CloseOperationStep operation={current} onBack={() => setStep('plan')} onClosed={() => onDone(tRecords('close.closed'))} />;
  }
  return (
    <>
      <OperationPlanForm
        state={state}
        current={current}
        conflict={conflict}
        notice={notice}
        onNotice={setNotice}
        onChanged={setCurrent}
        onDone={onDone}
        onCancel={() => setStep('cancel')}
        onCloseWithResults={() => setStep('close')}
      />
      {current && !conflict && (
        <TypedPlanSection
          key={current.id}
          operation={current}
          editable={isEditable(current.status) && mayMutate(signedIn, 'operation.setTypedPlan')}
          onSaved={setCurrent}
        />
      )}
      {current && <OperationTimeline operation={current} />}
    </>
  );
}

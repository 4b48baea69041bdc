// Expedientes: the cases list, and a case's view over it. The list stays mounted while a case is open (hidden), so
// its filter, search and scroll are there on the way back, and focus returns to the row the case was opened from.
import { useEffect, useRef, useState } from 'react';
import { CaseView } from './CaseView.tsx';
import { CasesList } from './CasesList.tsx';
import { EnterActaDialog } from './EnterActaDialog.tsx';

interface CasesPanelProps {
  readonly openCase: string | null;
  readonly onOpenCase: (caseId: string | null) => void;
}

export function CasesPanel({ openCase, onOpenCase }: CasesPanelProps) {
  const list = useRef<HTMLDivElement>(null);
  const [entering, setEntering] = useState(false);
  const [lastOpen, setLastOpen] = useState<string | null>(null);
  if (openCase !== null && openCase !== lastOpen) setLastOpen(openCase);

  // Back from a case: to its row's button (once the list is shown again), or the list itself.
  useEffect(() => {
    if (openCase !== null || lastOpen === null) return;
    const row = list.current?.querySelector<HTMLElement>(`[data-case-id="${CSS.escape(lastOpen)}"] button`);
    row?.focus();
  }, [openCase, lastOpen]);

  return (
    <div className="court-cases">
      <div ref={list} hidden={openCase !== null} className="court-cases__list">
        <CasesList onOpen={onOpenCase} onEnter={() => setEntering(true)} selected={lastOpen} />
      </div>
      {openCase !== null && <CaseView key={openCase} caseId={openCase} onBack={() => onOpenCase(null)} />}
      {entering && (
        <EnterActaDialog
          onClose={() => setEntering(false)}
          onEntered={(caseId) => {
            setEntering(false);
            onOpenCase(caseId);
          }}
        />
      )}
    </div>
  );
}

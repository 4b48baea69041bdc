// Where a hearing stands as the desk says it, and what its record panel offers: register the hearing (held, or in
// absentia) on its day or later, correct the record before it is signed, sign (judges only, once a resolution is
// recorded and nothing typed is unsaved), amend a signed one. The hub judges every step again (hearing.ts); this
// only keeps the buttons that cannot succeed from being offered, and says why.
import type { Hearing } from '../../../../shared/records/hearing-schema.ts';
import { cordobaIsoDate } from '../../../../shared/time/cordoba.ts';

export const DISPLAY_STATUSES = ['scheduled', 'held', 'in_absentia', 'cancelled', 'signed'] as const;
export type DisplayStatus = (typeof DISPLAY_STATUSES)[number];

/** programada / celebrada / en rebeldía / cancelada / firmada: a signature outranks how it was held. */
export const displayStatus = (hearing: Hearing): DisplayStatus => (hearing.signed ? 'signed' : hearing.status);

export interface RecordPermissions {
  /** The signed-in role may hold, record and amend (the desk's roles). */
  readonly mayWrite: boolean;
  readonly maySign: boolean;
}

export interface RecordActions {
  /** Which write "Registrar audiencia" makes: hold a scheduled hearing, record a held one; null: none. */
  readonly save: 'hold' | 'record' | null;
  /** Why save is not offered although the hearing is open ("not yet its day"). */
  readonly saveBlocked: 'not_yet' | null;
  readonly sign: boolean;
  /** Why signing is not possible yet, when the role may sign. */
  readonly signBlocked: 'no_resolution' | 'unsaved' | null;
  readonly amend: boolean;
  /** Nothing can be typed: cancelled, signed (until "Enmendar"), or the role may not write. */
  readonly readOnly: boolean;
}

const NONE: RecordActions = { save: null, saveBlocked: null, sign: false, signBlocked: null, amend: false, readOnly: true };

export function recordActions(
  hearing: Hearing,
  permissions: RecordPermissions,
  state: { readonly now: number; readonly unsaved: boolean },
): RecordActions {
  if (hearing.status === 'cancelled') return NONE;
  if (hearing.signed) return { ...NONE, amend: permissions.mayWrite };
  if (hearing.status === 'scheduled') {
    // hearing.hold refuses a hearing before its Córdoba day (future_date); the record may be prepared meanwhile (the
    // draft keeps it), but it is registered on the day.
    const notYet = cordobaIsoDate(state.now) < cordobaIsoDate(hearing.start);
    return {
      ...NONE,
      save: permissions.mayWrite && !notYet ? 'hold' : null,
      saveBlocked: permissions.mayWrite && notYet ? 'not_yet' : null,
      readOnly: !permissions.mayWrite,
    };
  }
  const signBlocked = !hearing.record?.resolution ? 'no_resolution' : state.unsaved ? 'unsaved' : null;
  return {
    ...NONE,
    save: permissions.mayWrite ? 'record' : null,
    sign: permissions.maySign,
    signBlocked: permissions.maySign ? signBlocked : null,
    readOnly: !permissions.mayWrite,
  };
}

// The case history in words: which change an audit entry records ('court_case.notify' → "Notificó"), on which
// record, from which console; and what the integrity check found.
import type { TFunction } from 'i18next';
import type { AuditReport } from '../../../../shared/api/court.ts';
import type esCourtDesk from '../../../../shared/i18n/es-AR/court-desk.ts';
import { isOneOf } from '../../../../shared/util/one-of.ts';

type T = TFunction<'courtDesk'>;
type ActionKey = Exclude<keyof (typeof esCourtDesk)['history']['action'], 'other'>;
type EntityKey = Exclude<keyof (typeof esCourtDesk)['history']['entity'], 'other'>;

// The dictionary's keys are the mutation kinds with '_' for '.', which i18next reads as nesting.
const ACTION_KEYS: readonly ActionKey[] = [
  'court_case_open',
  'court_case_enter',
  'court_case_reassign',
  'court_case_notify',
  'court_case_payVoluntarily',
  'court_case_fileDefence',
  'court_case_expireTerm',
  'court_case_settle',
  'hearing_schedule',
  'hearing_cancel',
  'hearing_hold',
  'hearing_record',
  'hearing_sign',
  'hearing_amend',
  'operation_close',
];
const ENTITY_KEYS: readonly EntityKey[] = ['court_case', 'hearing'];

/** "Notificó" for 'court_case.notify'; a change this console has no words for is named as it is. */
export function historyActionText(t: T, action: string): string {
  const key = action.replace('.', '_');
  return isOneOf(ACTION_KEYS, key) ? t(`history.action.${key}`) : t('history.action.other', { action });
}

export function historyEntityText(t: T, entity: string): string {
  return isOneOf(ENTITY_KEYS, entity) ? t(`history.entity.${entity}`) : t('history.entity.other', { entity });
}

/** The console a change came from, short enough for a column (the client id's first block); null: the hub's own. */
export function consoleText(t: T, clientId: string | null): string {
  return clientId === null ? t('history.noConsole') : clientId.slice(0, 8);
}

export interface AuditResult {
  readonly intact: boolean;
  readonly text: string;
}

/** "Cadena íntegra: 7 entradas verificadas." or where the case's chain breaks first, and how. */
export function auditResult(t: T, report: AuditReport, caseId: string): AuditResult {
  const broken = report.broken.find((b) => b.caseId === caseId) ?? report.broken[0];
  if (broken === undefined) return { intact: true, text: t('audit.ok', { count: report.entries }) };
  return { intact: false, text: t('audit.broken', { n: broken.n, problem: t(`audit.problem.${broken.problem}`) }) };
}

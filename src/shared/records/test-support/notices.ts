// Runs in: anywhere (tests only). Notices at each stage of their follow-up and a notice-wording trial, valid under
// their schemas: a vacant lot in Alta Córdoba found overgrown on a Monday morning.
import type { NoticeRecord } from '../../rules/findings.ts';
import { cordobaInstant } from '../../time/cordoba.ts';
import type { Notice } from '../notice-schema.ts';
import type { NoticeTrial } from '../notice-trial-schema.ts';

export const FOUND_AT = cordobaInstant(2026, 11, 30, 10); // Monday

export const NOTICE_RECORD: NoticeRecord = {
  kind: 'notice',
  offender: { kind: 'property', cadastralId: '03-12-045-017', address: 'Jerónimo Luis de Cabrera 1450' },
  legalBasis: { norm: 'ord_12468', article: 208 },
  place: { address: 'Jerónimo Luis de Cabrera 1450', lat: -31.3935, lng: -64.1757 },
  occurredAt: FOUND_AT,
  description: 'Baldío con malezas de más de un metro y residuos acumulados.',
  evidence: [],
  promoterId: 'prom-001',
  deadline: FOUND_AT + 3 * 86_400_000,
};

export function noticeAt(id: string, changes: Partial<Notice> = {}): Notice {
  return {
    id,
    origin: 'operation',
    sourceId: '0190a8c0-0000-7000-8000-000000000001',
    operationType: 'vacant_lot',
    category: 'vacant_lot',
    barrio: 'Alta Córdoba',
    record: NOTICE_RECORD,
    surfaceM2: 450,
    createdAt: FOUND_AT,
    notification: null,
    variant: null,
    reinspectionId: null,
    result: null,
    version: 1,
    ...changes,
  };
}

/** Notified in person on the day it was found: 3 days, so the last day is Thursday 3 December. */
export const NOTIFIED: NonNullable<Notice['notification']> = {
  channel: 'in_person',
  notifiedAt: FOUND_AT,
  lastDay: '2026-12-03',
  dueBy: cordobaInstant(2026, 12, 4),
  by: 'coordinadora',
};

export function trialAt(id: string, changes: Partial<NoticeTrial> = {}): NoticeTrial {
  return {
    id,
    definition: {
      name: 'Baldíos: recordatorio de la norma social',
      category: 'vacant_lot',
      variants: [
        { key: 'a', label: 'Redacción actual', wording: 'Se le emplaza a limpiar el terreno en el plazo de tres días.' },
        { key: 'b', label: 'Norma social', wording: 'Nueve de cada diez vecinos de su barrio limpian su terreno a tiempo.' },
      ],
      barrios: ['Alta Córdoba', 'General Paz'],
      start: '2026-11-01',
      end: '2027-02-28',
      seed: 'trial-seed-2026',
    },
    createdAt: cordobaInstant(2026, 10, 30, 9),
    createdBy: 'admin',
    stoppedAt: null,
    version: 1,
    ...changes,
  };
}

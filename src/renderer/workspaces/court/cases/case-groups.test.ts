import { describe, expect, it } from 'vitest';
import { CASE_STATUSES, type CaseStatus } from '../../../../shared/court/case-status.ts';
import { viewOf } from '../test-support/case-views.ts';
import { caseGroup, filterCases, fold, groupCounts, inGroup, matchesSearch, type CaseGroup } from './case-groups.ts';

describe('caseGroup', () => {
  it.each<[CaseStatus, CaseGroup]>([
    ['incoming', 'incoming'],
    ['opened', 'in_progress'],
    ['notified', 'in_progress'],
    ['hearing_held', 'in_progress'],
    ['default_judgment', 'in_progress'],
    ['defence_filed', 'awaiting_hearing'],
    ['term_expired', 'awaiting_hearing'],
    ['hearing_scheduled', 'awaiting_hearing'],
    ['paid_voluntarily', 'resolved'],
    ['resolved', 'resolved'],
    ['payment_plan', 'resolved'],
    ['paid', 'resolved'],
    ['appealed', 'resolved'],
    ['community_work_done', 'resolved'],
    ['closed', 'closed'],
  ])('%s is in %s', (status, group) => {
    expect(caseGroup(status)).toBe(group);
    expect(inGroup(status, group)).toBe(true);
    expect(inGroup(status, 'all')).toBe(true);
  });

  it('puts every status in exactly one group', () => {
    const counts = groupCounts(CASE_STATUSES.map((status) => viewOf(status)));
    expect(counts).toEqual({ all: 15, incoming: 1, in_progress: 4, awaiting_hearing: 3, resolved: 6, closed: 1 });
  });
});

describe('matchesSearch', () => {
  const person = viewOf('notified', { number: 'TF-2026-000123' });
  const company = viewOf('opened', {
    record: { ...person.case.record, offender: { kind: 'company', cuit: '20123456786', name: 'Bar La Esquina SA' } },
  });
  const vehicle = viewOf('incoming', { record: { ...person.case.record, offender: { kind: 'vehicle', plate: 'AB123CD' } } });

  it.each<[string, typeof person, string, boolean]>([
    ['an empty query', person, '  ', true],
    ['the case number', person, 'TF-2026-000123', true],
    ['part of the number', person, '000123', true],
    ['the name without accents or capitals', person, 'juan perez', true],
    ['the name in another order', person, 'Pérez Juan', true],
    ['the DNI with dots', person, '30.111.222', true],
    ['the DNI as digits', person, '30111222', true],
    ['another DNI', person, '30111223', false],
    ['a word that is not there', person, 'juan gómez', false],
    ['the CUIT with dashes', company, '20-12345678-6', true],
    ['the company name', company, 'esquina', true],
    ['the plate in lower case', vehicle, 'ab123cd', true],
    ['a number on a case without one', vehicle, 'TF-2026', false],
  ])('%s', (_, view, query, found) => {
    expect(matchesSearch(view, query)).toBe(found);
  });
});

describe('filterCases', () => {
  const views = [
    viewOf('incoming', { id: '0190a8c0-0000-7000-8000-000000000001' }),
    viewOf('notified', { id: '0190a8c0-0000-7000-8000-000000000002', number: 'TF-2026-000002' }),
    viewOf('hearing_scheduled', { id: '0190a8c0-0000-7000-8000-000000000003', number: 'TF-2026-000003' }),
    viewOf('closed', { id: '0190a8c0-0000-7000-8000-000000000004', number: 'TF-2026-000004' }),
  ];
  const ids = (group: CaseGroup, query = '') => filterCases(views, group, query).map((v) => v.case.id.slice(-1));

  it('keeps the order and filters by group and text together', () => {
    expect(ids('all')).toEqual(['1', '2', '3', '4']);
    expect(ids('awaiting_hearing')).toEqual(['3']);
    expect(ids('all', '000004')).toEqual(['4']);
    expect(ids('in_progress', '000004')).toEqual([]);
  });
});

it('folds accents and capitals', () => {
  expect(fold('Nueva CÓRDOBA, Pérez')).toBe('nueva cordoba, perez');
});

// Runs in: Node (tests only). A court case as the first version stored it (before cases became expedientes).
export const OLD_CASE_OPERATION_ID = '0190a8c0-0000-7000-8000-000000000077';

export const OLD_COURT_CASE = {
  id: '0190a8c0-0000-7000-8000-0000000000a1',
  operationId: OLD_CASE_OPERATION_ID,
  operationType: 'alcohol_test',
  record: {
    kind: 'acta',
    offender: { kind: 'person', dni: '30111222', fullName: 'Juan Pérez' },
    legalBasis: { norm: 'ord_10216', article: 1 },
    place: { address: 'Bv. Chacabuco 500', lat: -31.43, lng: -64.19 },
    occurredAt: Date.UTC(2026, 10, 14, 3),
    description: 'Conducía con 0,9 g/L en el segundo control.',
    evidence: [],
    promoterId: 'p-001',
    operationId: OLD_CASE_OPERATION_ID,
  },
  status: 'incoming',
  createdAt: Date.UTC(2026, 10, 14, 4),
  version: 1,
};

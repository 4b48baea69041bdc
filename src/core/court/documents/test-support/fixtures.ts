// Realistic inputs for the court documents' tests and benchmark: an alcohol-test acta on Bv. San Juan, a hearing at
// Juzgado N.º 3, a fine of 200 UEM at $ 10.808 (= $ 2.161.600,00) with training hours and a payment plan. The names
// are invented; the places are Córdoba's. Each call returns a fresh object, so a test may change it freely.
import type { CitationDocumentInput } from '../../../../shared/court/documents/citation.ts';
import type { HearingRecordDocumentInput } from '../../../../shared/court/documents/hearing-record.ts';
import { cordobaInstant } from '../../../../shared/time/cordoba.ts';

export const CASE_NUMBER = 'TF-2026-000123';
/** 200 UEM × $ 10.808,00, in cents. */
export const UEM_VALUE_CENTS = 1_080_800;
export const FINE_CENTS = 200 * UEM_VALUE_CENTS; // 216.160.000 cents = $ 2.161.600,00

const court = () => ({
  name: 'Juzgado Administrativo Municipal de Faltas N.º 3',
  address: 'Av. Colón 350, planta baja, Córdoba',
  deskHours: 'de lunes a viernes, de 8:30 a 13:30',
  email: 'juzgadofaltas3@cordoba.gob.ar',
});

const acta = () => ({
  number: 'AC-2026-004512',
  occurredAt: cordobaInstant(2026, 3, 14, 2, 40),
  place: 'Bv. San Juan y Av. Vélez Sársfield, barrio Güemes',
  promoterName: 'Ab. Carolina Soledad Ríos',
  description:
    'En el operativo de control de alcoholemia «Conducción Responsable» instalado en Bv. San Juan y Av. Vélez Sársfield, se detuvo la marcha del automóvil Volkswagen Gol dominio AB 123 CD, conducido por el Sr. Juan Ignacio Peralta. El primer control con el alcoholímetro Dräger Alcotest 7510, n.º de serie ARCD-0457 (verificación oficial del 10/11/2025), arrojó 0,82 g/L. Repetida la prueba a los once minutos, arrojó 0,79 g/L, por encima del límite de 0,4 g/L vigente en las calles de la ciudad.\nSe retuvo la licencia de conducir y el vehículo quedó a cargo de un conductor designado, el Sr. Tomás Agüero (DNI 35.112.908).',
  legalBasis: [
    { norm: 'ord_10216' as const, article: 30, paragraph: 'inc. c', offence: 'conducir con una alcoholemia superior a la permitida' },
    { norm: 'ord_12468' as const, article: 28, offence: 'trabajo comunitario o capacitación en lugar de la multa o además de ella' },
  ],
});

const offender = () => ({
  kind: 'person' as const,
  fullName: 'Juan Ignacio Peralta',
  dni: '32.456.789',
  address: 'Obispo Trejo 1142, 4.º B, barrio Nueva Córdoba',
});

const STATEMENT = [
  'Reconozco que esa noche venía de un cumpleaños en barrio Güemes y que había tomado dos vasos de fernet con cola durante la cena. No creí que fuera a dar positivo, porque me sentía bien y había esperado más de una hora antes de salir.',
  'Quiero aclarar que detuve la marcha apenas me lo indicaron los inspectores, que entregué la licencia y la cédula del vehículo sin oponerme y que acepté que mi amigo Tomás Agüero se hiciera cargo del auto. En ningún momento discutí con el personal del operativo, que me trató con respeto.',
  'Trabajo como repartidor en una farmacia de barrio Alberdi y necesito la licencia para mi empleo. Pido que se tenga en cuenta que es la primera vez que tengo un acta, que no tuve ningún accidente y que estoy dispuesto a hacer el curso de conducción responsable de la Escuela de Convivencia.',
  'Sobre la segunda medición, entiendo que se hizo dentro del plazo y no la discuto. Sí pido, si corresponde una multa, que se me permita pagarla en cuotas, porque mis ingresos no alcanzan para abonar el total de una sola vez.',
];

/** A statement of at most `chars` characters, close to it: the paragraphs of a real descargo, repeated; whole words. */
export function longStatement(chars: number): string {
  const parts: string[] = [];
  for (let i = 0, length = 0; length < chars; i++) {
    const paragraph = STATEMENT[i % STATEMENT.length]!;
    parts.push(paragraph);
    length += paragraph.length + 2;
  }
  const text = parts.join('\n\n');
  if (text.length <= chars) return text;
  // Cut at the last word that fits, and end the sentence there.
  return `${text.slice(0, text.lastIndexOf(' ', chars - 1)).replace(/[,;:]$/, '')}.`;
}

export function hearingRecordFixture(): HearingRecordDocumentInput {
  return {
    caseNumber: CASE_NUMBER,
    issuedAt: cordobaInstant(2026, 5, 15, 10, 45),
    court: court(),
    judge: { fullName: 'Dra. María Laura Ferreyra', title: 'Jueza Administrativa Municipal de Faltas' },
    clerk: { fullName: 'Ab. Martín Ezequiel Bustos', title: 'Secretario' },
    hearing: { startedAt: cordobaInstant(2026, 5, 15, 9, 30), endedAt: cordobaInstant(2026, 5, 15, 10, 20), room: 'Sala 2' },
    offender: offender(),
    acta: acta(),
    parties: [
      { role: 'offender', fullName: 'Juan Ignacio Peralta', dni: '32456789', attendance: 'present' },
      { role: 'defence_counsel', fullName: 'Ab. Lucía Belén Quinteros', attendance: 'present', note: 'Matrícula 1-38211' },
      { role: 'promoter', fullName: 'Ab. Carolina Soledad Ríos', attendance: 'remote', note: 'Por videollamada' },
      { role: 'witness', fullName: 'Tomás Agüero', dni: '35112908', attendance: 'excused' },
    ],
    identity: { checked: true, fullName: 'Juan Ignacio Peralta', document: 'dni', number: '32456789' },
    interpreter: { needed: false },
    statement: { given: true, by: 'Juan Ignacio Peralta', text: STATEMENT.join('\n\n') },
    evidence: [
      { kind: 'acta', description: 'Acta de constatación N.º AC-2026-004512', ref: 'EXP-TF-2026-000123/1' },
      {
        kind: 'reading',
        description: 'Tickets impresos del alcoholímetro: 0,82 g/L (02:29 h) y 0,79 g/L (02:40 h)',
        ref: 'EXP-TF-2026-000123/2',
      },
      { kind: 'document', description: 'Certificado de verificación oficial del alcoholímetro ARCD-0457 (10/11/2025)' },
      { kind: 'photo', description: 'Fotografías del vehículo dominio AB 123 CD en el lugar del control', ref: 'EXP-TF-2026-000123/3' },
    ],
    resolution: {
      measures: [
        { kind: 'fine', fine: { uem: 200, uemValueCents: UEM_VALUE_CENTS, amountCents: FINE_CENTS }, paymentDeadline: '2026-06-15' },
        {
          kind: 'community_service',
          mode: 'training',
          hours: 8,
          programme: 'la Escuela de Convivencia (curso de conducción responsable)',
          deadline: '2026-07-15',
        },
        {
          kind: 'payment_plan',
          instalments: [
            { dueOn: '2026-06-15', amountCents: 54_040_000 },
            { dueOn: '2026-07-15', amountCents: 54_040_000 },
            { dueOn: '2026-08-14', amountCents: 54_040_000 },
            { dueOn: '2026-09-15', amountCents: 54_040_000 },
          ],
        },
      ],
      legalBasis: [
        { norm: 'ord_10216', article: 30, paragraph: 'inc. c', offence: 'conducción con alcoholemia superior a 0,4 g/L' },
        { norm: 'ord_12468', article: 28, offence: 'capacitación en lugar de la multa o además de ella' },
      ],
      reasoning:
        'Las dos mediciones se tomaron con un alcoholímetro de verificación vigente y la segunda, que es la que cuenta, se hizo dentro del plazo de diez a doce minutos. El infractor reconoce el hecho y no tiene antecedentes. Se valora su actitud durante el control y en la audiencia, y su situación económica, para conceder el pago en cuotas y sumar la capacitación.',
      appealDeadline: '2026-05-22',
    },
    signatures: {
      status: 'signed',
      judgeSignedAt: cordobaInstant(2026, 5, 15, 10, 42),
      clerkSignedAt: cordobaInstant(2026, 5, 15, 10, 40),
      offender: 'signed',
      offenderSignedAt: cordobaInstant(2026, 5, 15, 10, 38),
    },
  };
}

export function citationFixture(): CitationDocumentInput {
  return {
    caseNumber: CASE_NUMBER,
    issuedAt: cordobaInstant(2026, 4, 20, 11, 0),
    court: court(),
    clerk: { fullName: 'Ab. Martín Ezequiel Bustos', title: 'Secretario' },
    offender: offender(),
    acta: acta(),
    hearing: { at: cordobaInstant(2026, 5, 15, 9, 30), room: 'Sala 2', address: 'Av. Colón 350, planta baja, Córdoba' },
    voluntaryPayment: {
      fine: { uem: 200, uemValueCents: UEM_VALUE_CENTS, amountCents: FINE_CENTS },
      discountPct: 40,
      discountedAmountCents: 129_696_000,
      deadline: '2026-04-30',
    },
    defence: { deadline: '2026-04-27', days: 5, businessDays: true, channels: ['cidi', 'in_person', 'email'] },
    delivery: 'in_person',
    signature: { status: 'signed', signedAt: cordobaInstant(2026, 4, 20, 10, 55) },
  };
}

// Record kind: a notice-wording trial (behavioural science): an administrator defines two to four wordings of a
// notice, the category, barrios and dates; every notice notified inside it records the variant the seed gives it
// (notices/trial-for.ts). A trial cannot start in the past (notices already sent would have had no variant) and can be
// stopped, never edited: its definition is what its results are read against.
import { z } from 'zod';
import { cordobaIsoDate } from '../time/cordoba.ts';
import { defineRecordKind, mutationOf } from './kind.ts';
import { NoticeTrialSchema, TrialDefinitionSchema, type NoticeTrial } from './notice-trial-schema.ts';

const mutation = mutationOf<NoticeTrial>();
const TrialIdSchema = z.string().uuid('invalid_value');

export const noticeTrialKind = defineRecordKind<NoticeTrial>()({
  entity: 'notice_trial',
  schema: NoticeTrialSchema,
  readers: ['coordinator', 'administrator'],
  cache: 'records',
  mutations: {
    'notice_trial.define': mutation({
      fields: z.object({ id: TrialIdSchema, definition: TrialDefinitionSchema }),
      roles: ['administrator'],
      apply: (current, { id, definition }, { now, by }) => {
        if (current) return { ok: false, reason: 'already_exists' };
        if (definition.start < cordobaIsoDate(now)) return { ok: false, reason: 'retroactive' };
        return { ok: true, record: { id, definition, createdAt: now, createdBy: by, stoppedAt: null, version: 1 } };
      },
    }),
    'notice_trial.stop': mutation({
      fields: z.object({ id: TrialIdSchema }),
      roles: ['administrator'],
      apply: (current, _fields, { now }) => {
        if (!current) return { ok: false, reason: 'not_found' };
        if (current.stoppedAt !== null || cordobaIsoDate(now) > current.definition.end) return { ok: false, reason: 'not_editable' };
        return { ok: true, record: { ...current, stoppedAt: now, version: current.version + 1 } };
      },
    }),
  },
});

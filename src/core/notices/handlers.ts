// Runs in: Node. ConsoleApi handlers of the notice follow-up (src/shared/api/insights.ts): the notices coordinators
// follow up, and an identity's antecedentes for the finding forms. Both name people, businesses and properties:
// the list is for the roles that read notices, the antecedentes for the roles that write findings (closing an
// operation or an incident) — never the court's. Another role is told 'forbidden'; with nobody signed in (a console
// without a hub) the core serves its own cache. Changes go through 'records.mutate' (notice.notify, notice.reinspect).
import type { Role } from '../../shared/auth/roles.ts';
import { antecedentesSuggestion } from '../../shared/notices/antecedentes.ts';
import { canMutate, canRead } from '../../shared/records/permissions.ts';
import { identityKey } from '../../shared/rules/identity.ts';
import { settingAt } from '../../shared/settings/dated.ts';
import { HandlerError, type HandlerTable } from '../api/dispatch.ts';
import type { CoreContext } from '../core-context.ts';
import { findingsByIdentity, identityCounts } from '../insights/facts-repository.ts';
import { settingsOf } from '../settings/settings-source.ts';
import { noticesList } from './notices-list.ts';

/** How many of the identity's latest findings the form lists; the suggestion reads these too. */
const LATEST = 5;
/** Findings read for the suggestion: enough to reach past any window a busy offender fills. */
const FOR_SUGGESTION = 50;

const writesFindings = (role: Role) => canMutate(role, 'operation.close') || canMutate(role, 'incident.close');

export function noticesHandlers(ctx: CoreContext): Pick<HandlerTable, 'notices.list' | 'notices.history'> {
  const mustBe = (allowed: (role: Role) => boolean) => {
    const person = ctx.hubSession.info().user;
    if (person && !allowed(person.role)) throw new HandlerError({ code: 'forbidden' });
  };
  return {
    'notices.list': (query) => {
      mustBe((role) => canRead(role, 'notice'));
      return ctx.session.use((cache) => noticesList(cache, query, Date.now()));
    },
    'notices.history': ({ offender }) => {
      mustBe(writesFindings);
      return ctx.session.use((cache) => {
        const now = Date.now();
        const key = identityKey(offender);
        const rules = settingAt(settingsOf(cache.records), 'insights.rules', now);
        if (!rules) throw new HandlerError({ code: 'refused', issues: [{ path: '', code: 'missing_settings' }] });
        const findings = findingsByIdentity(cache.db, key, FOR_SUGGESTION);
        return {
          key,
          counts: identityCounts(cache.db, key),
          latest: findings.slice(0, LATEST),
          suggestion: antecedentesSuggestion(findings, rules, now),
        };
      });
    },
  };
}

// Runs in: Node. ConsoleApi handlers of the hub choice and the signed-in person (see hub-session.ts).
import type { HandlerTable } from '../api/dispatch.ts';
import type { CoreContext } from '../core-context.ts';

type SessionMethods = 'session.get' | 'session.signIn' | 'session.useEmbedded' | 'session.useNone' | 'session.signOut';

export function hubSessionHandlers(ctx: CoreContext): Pick<HandlerTable, SessionMethods> {
  return {
    'session.get': () => ctx.hubSession.info(),
    'session.signIn': (input) => ctx.hubSession.signIn(input),
    'session.useEmbedded': ({ username }) => ctx.hubSession.useEmbedded(username),
    'session.useNone': () => ctx.hubSession.useNone(),
    'session.signOut': () => ctx.hubSession.signOut(),
  };
}

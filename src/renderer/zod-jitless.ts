// The page's CSP has no 'unsafe-eval' (shared/security/csp.ts): zod must not compile its object parsers with
// new Function — even its first try, caught, is reported as a violation. Each object schema decides when it is
// built, so main.tsx imports this module before any other that builds one.
import { z } from 'zod';

z.config({ jitless: true });

// Unit tests of the naming rules, case by case.
import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, it } from 'vitest';
import plugin from './naming.js';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const ruleTester = new RuleTester({ languageOptions: { parser: tseslint.parser } });
const bad = (code: string, name: string, suggestion: string) => ({ code, errors: [{ messageId: 'suffix', data: { name, suggestion } }] });

ruleTester.run('naming/schema-suffix', plugin.rules['schema-suffix'], {
  valid: [
    { code: "import { z } from 'zod'; export const PushRequestSchema = z.object({}).strict();" },
    { code: 'export const WiderSchema = BaseSchema.extend({});' },
    { code: "import { z } from 'zod'; const epochMs = z.number().int();" },
    { code: 'const parsed = PushRequestSchema.safeParse(input);' },
    { code: 'export const value = PushRequestSchema.parse(input);' },
    { code: 'export const LIMIT = 3;' },
    { code: 'export const MUTATION_KINDS = MutationSchema.options.map((o) => o.shape.kind.value);' },
    { code: 'export const TABLE = { a: 1 } as const;' },
  ],
  invalid: [
    bad("import { z } from 'zod'; export const PushRequest = z.object({}).strict();", 'PushRequest', 'PushRequestSchema'),
    bad("import { z } from 'zod'; const Telemetry = z.object({});", 'Telemetry', 'TelemetrySchema'),
    bad("import { z } from 'zod'; export const epochMs = z.number();", 'epochMs', 'EpochMsSchema'),
    bad('export const Wider = BaseSchema.extend({}) as never;', 'Wider', 'WiderSchema'),
  ],
});

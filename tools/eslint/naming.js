// Local ESLint plugin: names that say what they hold.
//
// naming/schema-suffix — a zod schema is named `…Schema` (`OperationSchema`, `PushRequestSchema`), and the type it
// describes takes the bare name (`type PushRequest = z.infer<typeof PushRequestSchema>`), so a value and a type
// never share a name. A module's private field fragments (`const epochMs = z.number()…`) are camelCase and are
// not exported; everything exported or PascalCase must carry the suffix. UPPER_CASE constants (tables of schemas,
// lists read off a schema) are not schemas.

/** Calls that turn a schema into something else (a parse result), not into another schema. */
const NOT_A_SCHEMA = new Set(['parse', 'safeParse', 'parseAsync', 'safeParseAsync', 'decode', 'encode']);

/** Whether `node` builds a zod schema: a chain rooted at `z` or at another `…Schema`. */
function buildsSchema(node) {
  let current = node;
  for (;;) {
    if (current.type === 'TSAsExpression' || current.type === 'TSSatisfiesExpression') current = current.expression;
    else if (current.type === 'CallExpression') {
      const callee = current.callee;
      if (callee.type === 'MemberExpression' && callee.property.type === 'Identifier' && NOT_A_SCHEMA.has(callee.property.name))
        return false;
      current = callee;
    } else if (current.type === 'MemberExpression') current = current.object;
    else return current.type === 'Identifier' && (current.name === 'z' || current.name.endsWith('Schema'));
  }
}

const schemaSuffix = {
  meta: {
    type: 'suggestion',
    docs: { description: 'zod schemas are named …Schema (exported or PascalCase); private camelCase fragments are not exported.' },
    schema: [],
    messages: { suffix: "'{{name}}' is a zod schema: name it '{{suggestion}}' (the bare name is for its type)." },
  },
  create(context) {
    return {
      VariableDeclarator(node) {
        if (node.id.type !== 'Identifier' || !node.init || !buildsSchema(node.init)) return;
        const name = node.id.name;
        if (/^[A-Z0-9_]+$/.test(name)) return; // a CONSTANT table or list derived from a schema, not a schema
        const exported = node.parent?.parent?.type === 'ExportNamedDeclaration';
        if ((exported || /^[A-Z]/.test(name)) && !name.endsWith('Schema')) {
          const suggestion = `${name[0].toUpperCase()}${name.slice(1)}Schema`;
          context.report({ node: node.id, messageId: 'suffix', data: { name, suggestion } });
        }
      },
    };
  },
};

export default {
  meta: { name: 'naming' },
  rules: { 'schema-suffix': schemaSuffix },
};

// Types for naming.js (plain JavaScript so that ESLint can load it without compiling).
import type { ESLint, Rule } from 'eslint';

declare const plugin: ESLint.Plugin & { rules: { 'schema-suffix': Rule.RuleModule } };
export default plugin;

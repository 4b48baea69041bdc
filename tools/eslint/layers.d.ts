// Types for layers.js (plain JavaScript so that ESLint can load it without compiling).
import type { ESLint, Rule } from 'eslint';

export interface LayerRules {
  readonly layers: readonly string[];
  readonly resources?: readonly string[];
  readonly packages: { readonly only?: readonly string[]; readonly except?: readonly string[] };
  readonly nodeBuiltins: boolean;
  readonly dom: boolean;
}

export const LAYERS: Readonly<Record<'shared' | 'core' | 'hub' | 'web' | 'main' | 'preload' | 'renderer', LayerRules>>;
export const DOM_GLOBALS: readonly string[];

declare const plugin: ESLint.Plugin & {
  rules: { 'allowed-imports': Rule.RuleModule; 'no-dom-globals': Rule.RuleModule; 'workspace-boundaries': Rule.RuleModule };
};
export default plugin;

/**
 * The single registration point of every rule. Each category keeps its own list, so adding a rule
 * touches only its own file and its category's list.
 */
import type { Rule } from './rule.js';
import { HA_RULES } from './ha/index.js';
import { NAMING_RULES } from './naming/index.js';
import { NETWORK_RULES } from './network/index.js';
import { ROUTING_RULES } from './routing/index.js';
import { SECURITY_RULES } from './security/index.js';
import { SIZING_RULES } from './sizing/index.js';

export const RULES: readonly Rule[] = [
    ...ROUTING_RULES, ...SIZING_RULES, ...HA_RULES, ...NETWORK_RULES, ...SECURITY_RULES, ...NAMING_RULES,
];

export function findRule(id: string): Rule | undefined {
    return RULES.find(r => r.id === id);
}

import type { Rule } from '../rule.js';

export const HA_RULES: readonly Rule[] = [
];

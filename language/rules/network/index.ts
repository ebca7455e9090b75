import type { Rule } from '../rule.js';

export const NETWORK_RULES: readonly Rule[] = [
];

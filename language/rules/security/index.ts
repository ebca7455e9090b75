import type { Rule } from '../rule.js';

export const SECURITY_RULES: readonly Rule[] = [
];

import type { Rule } from '../rule.js';
import { unsupportedAgentCount } from './unsupported-agent-count.js';

export const SIZING_RULES: readonly Rule[] = [
    unsupportedAgentCount,
];

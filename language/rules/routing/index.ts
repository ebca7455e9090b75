import type { Rule } from '../rule.js';
import { emailMrdInterruptible } from './email-mrd-interruptible.js';

export const ROUTING_RULES: readonly Rule[] = [
    emailMrdInterruptible,
];

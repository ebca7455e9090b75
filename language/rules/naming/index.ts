import type { Rule } from '../rule.js';
import { duplicateDeployment } from './duplicate-deployment.js';
import { duplicateName } from './duplicate.js';

export const NAMING_RULES: readonly Rule[] = [
    duplicateName,
    duplicateDeployment,
];

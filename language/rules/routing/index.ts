import type { Rule } from '../rule.js';
import { emailMrdInterruptible } from './email-mrd-interruptible.js';
import { oneMrdPerChannel } from './one-mrd-per-channel.js';
import { precisionQueueSharedAcrossDepartments } from './precision-queue-shared-across-departments.js';
import { queueNaming } from './queue-naming.js';
import { queueScriptMismatch } from './queue-script-mismatch.js';
import { queueWithoutAgents } from './queue-without-agents.js';
import { skillGroupMrdMismatch } from './skill-group-mrd-mismatch.js';
import { skillGroupSharedAcrossDepartments } from './skill-group-shared-across-departments.js';

/** In the order of the guide's routing guidelines (chapter 1, "Designing Integrated Routing - An Example"). */
export const ROUTING_RULES: readonly Rule[] = [
    oneMrdPerChannel,
    emailMrdInterruptible,
    skillGroupSharedAcrossDepartments,
    precisionQueueSharedAcrossDepartments,
    queueScriptMismatch,
    skillGroupMrdMismatch,
    queueNaming,
    queueWithoutAgents,
];

import type { Rule } from '../rule.js';
import { sharedAcrossDepartments } from './skill-group-shared-across-departments.js';

export const precisionQueueSharedAcrossDepartments: Rule = {
    id: 'routing/precision-queue-shared-across-departments',
    defaultSeverity: 'error',
    docs: {
        summary: 'A precision queue is mapped to queues of two departments.',
        rationale: 'Do not share skill groups and precision queues across departments.',
        guideSection: 'Chapter 1, Designing Integrated Routing - An Example (guideline 2)',
        example: 'department Sales { queue Q1 { precision queues Gold } }\ndepartment Support { queue Q2 { precision queues Gold } }',
    },
    check({ deployment }) {
        return sharedAcrossDepartments(deployment, 'Precision queue', queue => queue.precisionQueues);
    },
};

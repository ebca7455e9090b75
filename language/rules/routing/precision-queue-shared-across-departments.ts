import type { Rule } from '../rule.js';
import { sharedAcrossDepartments } from './skill-group-shared-across-departments.js';

export const precisionQueueSharedAcrossDepartments: Rule = {
    id: 'routing/precision-queue-shared-across-departments',
    defaultSeverity: 'error',
    docs: {
        summary: 'A precision queue is mapped to queues of two departments.',
        rationale: 'Do not share skill groups and precision queues across departments.',
        guideSection: 'Chapter 1, Designing Integrated Routing - An Example (guideline 2)',
        noFix: 'Which department keeps the precision queue is a routing decision: remove it from the other department\'s queue, or create a precision queue per department.',
        example: 'precision queue Gold_Customers { mrd Email_MRD }\n\n'
            + 'department Sales {\n    queue Email_MRD_Sales_Email_Script { precision queues Gold_Customers }\n}\n'
            + 'department Support {\n    queue Email_MRD_Support_Email_Script { precision queues Gold_Customers }\n}',
    },
    check({ deployment }) {
        return sharedAcrossDepartments(deployment, 'Precision queue', queue => queue.precisionQueues);
    },
};

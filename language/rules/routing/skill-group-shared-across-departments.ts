import type { Deployment, Queue } from '../../model/deployment.js';
import type { NameRef } from '../../model/span.js';
import type { Finding, Rule } from '../rule.js';

/**
 * One finding for each reference, in a queue of another department than the first queue that maps the
 * same target. Queues are taken in the deployment's order (files sorted, then as written).
 */
export function sharedAcrossDepartments(deployment: Deployment, kind: string, targetsOf: (queue: Queue) => NameRef[]): Finding[] {
    const findings: Finding[] = [];
    const firstQueue = new Map<string, Queue>();
    for (const queue of deployment.queues) {
        for (const ref of targetsOf(queue)) {
            if (!ref.resolved) continue;
            const first = firstQueue.get(ref.name);
            if (!first) {
                firstQueue.set(ref.name, queue);
            } else if (first.department !== queue.department) {
                findings.push({
                    span: ref.span,
                    message: `${kind} ${ref.name} is mapped to queue ${queue.name} of department ${queue.department} and to queue ${first.name} of department ${first.department}; the guide asks not to share skill groups and precision queues across departments.`,
                });
            }
        }
    }
    return findings;
}

export const skillGroupSharedAcrossDepartments: Rule = {
    id: 'routing/skill-group-shared-across-departments',
    defaultSeverity: 'error',
    docs: {
        summary: 'A skill group is mapped to queues of two departments.',
        rationale: 'Do not share skill groups and precision queues across departments.',
        guideSection: 'Chapter 1, Designing Integrated Routing - An Example (guideline 2)',
        noFix: 'Which department keeps the skill group is a routing decision: remove it from the other department\'s queue, or create a skill group per department (and map each in its own script selector).',
        example: 'skill group Escalations_NA { mrd Email_MRD }\n\n'
            + 'department Sales {\n    queue Email_MRD_Sales_Email_Script { skill groups Sales_NA, Escalations_NA }\n}\n'
            + 'department Support {\n    queue Email_MRD_Support_Email_Script { skill groups Support_NA, Escalations_NA }\n}',
    },
    check({ deployment }) {
        return sharedAcrossDepartments(deployment, 'Skill group', queue => queue.skillGroups);
    },
};

import { agentsServicing } from '../../engine/routing.js';
import type { Finding, Rule } from '../rule.js';

function list(kind: string, names: string[]): string {
    return `${kind}${names.length === 1 ? '' : 's'} ${names.join(', ')}`;
}

export const queueWithoutAgents: Rule = {
    id: 'routing/queue-without-agents',
    defaultSeverity: 'warning',
    docs: {
        summary: 'No agent can service a queue: no agent belongs to any skill group or precision queue mapped to it.',
        rationale: 'The agents who service a queue\'s activities are the agents of the skill groups (and precision queues) mapped to it; associate the right ones "to make sure that activities are routed to the correct agent".',
        guideSection: 'Chapter 1, Designing Integrated Routing - An Example (Configuration in ECE)',
        noFix: 'Who services the queue is a staffing decision: list the skill group or precision queue in the `skill groups` / `precision queues` of the agents who should, or map the queue to targets that have agents.',
        example: 'skill group Global_Sales_NA { mrd Email_MRD }\n// no agent lists Global_Sales_NA\n\n'
            + 'department Sales {\n    queue Email_MRD_Global_Sales_Email_Script { skill groups Global_Sales_NA }\n}',
    },
    check({ deployment, analysis }) {
        const findings: Finding[] = [];
        for (const queue of deployment.queues) {
            if (agentsServicing(queue, analysis.routingIndex).length > 0) continue;
            const targets = [
                ...(queue.skillGroups.length ? [list('skill group', queue.skillGroups.map(r => r.name))] : []),
                ...(queue.precisionQueues.length ? [list('precision queue', queue.precisionQueues.map(r => r.name))] : []),
            ];
            const message = targets.length === 0
                ? `Queue ${queue.name} maps no skill group or precision queue, so no agent can service its activities; map the skill groups or precision queues of its script selector.`
                : `No agent belongs to ${targets.join(' or ')} of queue ${queue.name}, so no agent can service its activities; the guide routes a queue's activities to the agents of its mapped skill groups and precision queues.`;
            findings.push({ span: queue.nameSpan, message });
        }
        return findings;
    },
};

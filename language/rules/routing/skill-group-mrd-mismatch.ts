import type { Declared } from '../../model/deployment.js';
import type { NameRef } from '../../model/span.js';
import type { Finding, Rule } from '../rule.js';

export const skillGroupMrdMismatch: Rule = {
    id: 'routing/skill-group-mrd-mismatch',
    defaultSeverity: 'error',
    docs: {
        summary: 'A queue maps a skill group or precision queue of another MRD than its own.',
        rationale: 'A queue routes the activities of its MRD; the guide associates every skill group of the example with the MRD its queues use, so that activities reach agents of that media routing domain.',
        guideSection: 'Chapter 1, Designing Integrated Routing - An Example (Unified CCE Configuration, Configuration in ECE)',
        noFix: 'Either the target or the queue is in the wrong MRD, and only you know which: map a skill group or precision queue of the queue\'s MRD instead, or change the target\'s `mrd`.',
        example: 'mrd Email_MRD { channel inbound email }\nmrd Chat_MRD { channel chat }\nskill group Sales_Chat_NA { mrd Email_MRD }\n\n'
            + 'department Sales {\n    queue Chat_MRD_Sales_Chat_Script {\n        mrd Chat_MRD\n        skill groups Sales_Chat_NA\n    }\n}',
    },
    check({ deployment }) {
        const findings: Finding[] = [];
        const mrdOf = new Map<string, NameRef | undefined>();
        const remember = (kind: string, targets: (Declared & { mrd?: NameRef })[]) => {
            for (const t of targets) if (!mrdOf.has(`${kind}:${t.name}`)) mrdOf.set(`${kind}:${t.name}`, t.mrd);
        };
        remember('skill group', deployment.skillGroups);
        remember('precision queue', deployment.precisionQueues);
        for (const queue of deployment.queues) {
            const queueMrd = queue.mrd;
            if (!queueMrd?.resolved) continue;
            const refs: [string, NameRef][] = [
                ...queue.skillGroups.map((r): [string, NameRef] => ['skill group', r]),
                ...queue.precisionQueues.map((r): [string, NameRef] => ['precision queue', r]),
            ];
            for (const [kind, ref] of refs) {
                if (!ref.resolved) continue;
                const targetMrd = mrdOf.get(`${kind}:${ref.name}`);
                if (!targetMrd?.resolved || targetMrd.name === queueMrd.name) continue;
                findings.push({
                    span: ref.span,
                    message: `Queue ${queue.name} is in MRD ${queueMrd.name}, but its ${kind} ${ref.name} is in MRD ${targetMrd.name}; map only skill groups and precision queues of the queue's own MRD.`,
                });
            }
        }
        return findings;
    },
};

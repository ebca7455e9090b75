import type { Declared, Deployment } from '../../model/deployment.js';
import type { Finding, Rule } from '../rule.js';

/** The kinds whose names must be unique within a deployment, each in its own namespace. */
function namespaces(d: Deployment): [string, Declared[]][] {
    return [
        ['MRD', d.mrds], ['peripheral', d.peripherals], ['skill group', d.skillGroups],
        ['precision queue', d.precisionQueues], ['agent', d.agents], ['script selector', d.scriptSelectors],
        ['department', d.departments], ['queue', d.queues], ['server', d.servers], ['load balancer', d.loadBalancers],
    ];
}

export const duplicateName: Rule = {
    id: 'naming/duplicate',
    defaultSeverity: 'error',
    docs: {
        summary: 'Two objects of the same kind share a name within one deployment folder.',
        rationale: 'Unified CCE and ECE identify MRDs, skill groups, agents, scripts and queues by name; references would be ambiguous.',
        guideSection: 'Chapter 1, Designing Integrated Routing - An Example',
        example: 'agent Clark { skill groups Global_Sales_NA }\nagent Clark { skill groups Domestic_Sales_NA }',
    },
    check({ deployment }) {
        const findings: Finding[] = [];
        for (const [kind, objects] of namespaces(deployment)) {
            const first = new Map<string, Declared>();
            for (const object of objects) {
                const earlier = first.get(object.name);
                if (!earlier) {
                    first.set(object.name, object);
                    continue;
                }
                const where = earlier.nameSpan.uri === object.nameSpan.uri ? `line ${earlier.nameSpan.start.line + 1}`
                    : `${earlier.nameSpan.uri.slice(earlier.nameSpan.uri.lastIndexOf('/') + 1)}:${earlier.nameSpan.start.line + 1}`;
                findings.push({ span: object.nameSpan, message: `Duplicate ${kind} '${object.name}': already declared at ${where}.` });
            }
        }
        return findings;
    },
};

import type { Deployment, Queue } from '../../model/deployment.js';
import type { NameRef, Span } from '../../model/span.js';
import type { Finding, Rule, TextEdit } from '../rule.js';

function isNameRef(value: unknown): value is NameRef {
    if (typeof value !== 'object' || value === null) return false;
    const v = value as Partial<NameRef>;
    return typeof v.name === 'string' && typeof v.resolved === 'boolean' && typeof v.span === 'object';
}

/**
 * Every reference to a queue written anywhere in the deployment. The model names a reference to a
 * queue by its property, `queue` or `queues` (as it names `mrd`, `skillGroups`…); the grammar has no
 * such reference today, so this finds none until the model gets one, without this rule changing.
 */
export function referencesToQueue(deployment: Deployment, name: string): NameRef[] {
    const found: NameRef[] = [];
    const seen = new Set<object>();
    const visit = (value: unknown): void => {
        if (typeof value !== 'object' || value === null || seen.has(value)) return;
        seen.add(value);
        for (const [key, child] of Object.entries(value)) {
            if (key === 'queue' || key === 'queues') {
                for (const item of Array.isArray(child) ? child : [child]) {
                    if (isNameRef(item) && item.name === name && !found.some(f => sameSpan(f.span, item.span))) found.push(item);
                }
            }
            if (typeof child === 'object' && child !== null && !isNameRef(child)) visit(child);
        }
    };
    visit(deployment);
    return found;
}

function sameSpan(a: Span, b: Span): boolean {
    return a.uri === b.uri && a.offset === b.offset;
}

function rename(span: Span, newText: string): TextEdit {
    return { uri: span.uri, range: { start: span.start, end: span.end }, newText };
}

export const queueNaming: Rule = {
    id: 'routing/queue-naming',
    defaultSeverity: 'hint',
    docs: {
        summary: 'A queue\'s name is not `<MRDName>_<ScriptSelectorName>`, the name ECE gives it.',
        rationale: 'By default, when an MRD is imported into ECE, queues are created using the naming convention <MRDName_ScriptSelectorName>. All queue names are editable, so this is only a hint.',
        guideSection: 'Chapter 1, Designing Integrated Routing - An Example (Configuration in ECE)',
        noFix: 'No rename when another queue already has the <MRDName>_<ScriptSelectorName> name: two queues cannot share it. Rename or remove the other queue first, or keep this name (queue names are editable in ECE).',
        example: 'mrd Email_MRD { channel inbound email }\nscript selector Global_Sales_Email_Script { skill groups Global_Sales_NA }\n\n'
            + 'department Sales {\n    queue Global_Sales {\n        mrd Email_MRD\n        script selector Global_Sales_Email_Script\n    }\n}',
        fix: 'Renames the queue to `<MRDName>_<ScriptSelectorName>`, and every reference to it in the deployment folder; not offered when another queue already has that name.',
    },
    check({ deployment }) {
        const findings: Finding[] = [];
        for (const queue of deployment.queues) {
            const { mrd, scriptSelector } = queue;
            // An unresolved MRD or script is reference/unresolved's error; a name built from it would mislead.
            if (!mrd?.resolved || !scriptSelector?.resolved) continue;
            const conventional = `${mrd.name}_${scriptSelector.name}`;
            if (queue.name === conventional) continue;
            const taken = deployment.queues.some((q: Queue) => q !== queue && q.name === conventional);
            findings.push({
                span: queue.nameSpan,
                message: `Queue ${queue.name} of MRD ${mrd.name} and script selector ${scriptSelector.name} is not named ${conventional}, the <MRDName>_<ScriptSelectorName> name ECE gives it on import`
                    + (taken ? `; another queue already has that name.` : '.'),
                fix: taken ? undefined : {
                    title: `Rename queue ${queue.name} to ${conventional}`,
                    edits: [queue.nameSpan, ...referencesToQueue(deployment, queue.name).map(r => r.span).filter(s => !sameSpan(s, queue.nameSpan))]
                        .map(s => rename(s, conventional)),
                },
            });
        }
        return findings;
    },
};

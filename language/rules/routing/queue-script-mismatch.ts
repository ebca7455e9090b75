import type { Queue, ScriptSelector } from '../../model/deployment.js';
import type { NameRef, Span } from '../../model/span.js';
import type { Fix, Finding, Rule } from '../rule.js';
import { indentationAt, mergeEdits, statementDeletion, type OffsetEdit } from '../text-edits.js';
import { lineBreakOf } from '../../model/line-index.js';

type Kind = 'skill-groups' | 'precision-queues';

const KINDS: { kind: Kind; singular: string; plural: string; keyword: string; refs(t: Queue | ScriptSelector): NameRef[] }[] = [
    { kind: 'skill-groups', singular: 'skill group', plural: 'skill groups', keyword: 'skill groups', refs: t => t.skillGroups },
    { kind: 'precision-queues', singular: 'precision queue', plural: 'precision queues', keyword: 'precision queues', refs: t => t.precisionQueues },
];

/** Resolved names, each once, in the order written. Unresolved ones are reference/unresolved's to report. */
function names(refs: NameRef[]): string[] {
    return [...new Set(refs.filter(r => r.resolved).map(r => r.name))];
}

interface Difference {
    kind: (typeof KINDS)[number];
    wanted: string[];
    missing: string[];
    extra: string[];
}

function describe(differences: Difference[], key: 'missing' | 'extra'): string {
    return differences.filter(d => d[key].length > 0)
        .map(d => `${d[key].length === 1 ? d.kind.singular : d.kind.plural} ${d[key].join(', ')}`)
        .join(' and ');
}

export const queueScriptMismatch: Rule = {
    id: 'routing/queue-script-mismatch',
    defaultSeverity: 'warning',
    docs: {
        summary: 'A queue\'s skill groups or precision queues differ from the targets of its script selector.',
        rationale: 'While associating skill groups with queues in ECE, ensure that the association matches the skill groups selected in the queue to skill group node of the script selector; the same for precision queues.',
        guideSection: 'Chapter 1, Designing Integrated Routing - An Example (guidelines 3 and 4)',
        noFix: 'Not offered when a target the queue lacks is mapped by a queue of another department: mapping it here would share it across departments, an error. Choose which department keeps it: change the script selector\'s targets, or the other department\'s queue.',
        example: 'skill group Global_Sales_NA { mrd Email_MRD }\nskill group Global_Sales_EMEA { mrd Email_MRD }\n'
            + 'script selector Global_Sales_Email_Script { skill groups Global_Sales_NA, Global_Sales_EMEA }\n\n'
            + 'department Sales {\n    queue Email_MRD_Global_Sales_Email_Script {\n        mrd Email_MRD\n        script selector Global_Sales_Email_Script\n        skill groups Global_Sales_NA\n    }\n}',
        fix: 'Rewrites the queue\'s `skill groups` and `precision queues` statements to the script selector\'s targets, adding a statement where the queue has none. '
            + 'Not offered when a missing target is mapped by a queue of another department: mapping it would share it across departments, an error.',
    },
    check({ deployment, text }) {
        const findings: Finding[] = [];
        // By name, the first of each name as `find` would give it: a lookup per queue, not a scan (5,000 queues: 2 s).
        const scripts = new Map<string, ScriptSelector>();
        for (const s of deployment.scriptSelectors) if (!scripts.has(s.name)) scripts.set(s.name, s);
        for (const queue of deployment.queues) {
            const scriptRef = queue.scriptSelector;
            if (!scriptRef?.resolved) continue;
            const script = scripts.get(scriptRef.name);
            if (!script) continue;
            const differences: Difference[] = [];
            for (const kind of KINDS) {
                const wanted = names(kind.refs(script));
                const have = names(kind.refs(queue));
                const missing = wanted.filter(n => !have.includes(n));
                const extra = have.filter(n => !wanted.includes(n));
                if (missing.length || extra.length) differences.push({ kind, wanted, missing, extra });
            }
            if (differences.length === 0) continue;
            const wrongStatement = queue.statements.find(s => differences.some(d => d.kind.kind === s.value));
            const parts = [
                ...(describe(differences, 'missing') ? [`missing ${describe(differences, 'missing')}`] : []),
                ...(describe(differences, 'extra') ? [`extra ${describe(differences, 'extra')}`] : []),
            ];
            const source = text(queue.nameSpan.uri);
            // Mapping a target that another department's queue maps would trade this warning for a
            // routing/*-shared-across-departments error: the user must choose which side changes.
            const sharesAcrossDepartments = differences.some(d => d.missing.some(name => deployment.queues.some(other =>
                other.department !== queue.department && names(d.kind.refs(other)).includes(name))));
            findings.push({
                span: wrongStatement?.span ?? scriptRef.span,
                message: `Queue ${queue.name} does not map the targets of its script selector ${script.name}: ${parts.join('; ')}. The guide asks that a queue's skill groups and precision queues match the script selector's.`,
                fix: source === undefined || sharesAcrossDepartments ? undefined : mapScriptTargets(queue, script, differences, source),
            });
        }
        return findings;
    },
};

function mapScriptTargets(queue: Queue, script: ScriptSelector, differences: Difference[], text: string): Fix {
    const edits: OffsetEdit[] = [];
    const inserts: string[] = [];
    const removed = new Set<Span>();
    for (const { kind, wanted } of differences) {
        const statement = wanted.length > 0 ? `${kind.keyword} ${wanted.join(', ')}` : undefined;
        const written = queue.statements.filter(s => s.value === kind.kind);
        if (written.length === 0) {
            if (statement) inserts.push(statement);
            continue;
        }
        written.forEach((s, i) => {
            if (i === 0 && statement) {
                edits.push({ start: s.span.offset, end: s.span.endOffset, newText: statement });
            } else {
                edits.push(statementDeletion(text, s.span.offset, s.span.endOffset));
                removed.add(s.span);
            }
        });
    }
    if (inserts.length > 0) {
        // After the queue's last statement that stays, on a line of its own when the queue spans lines.
        const kept = [queue.mrd?.span, queue.scriptSelector?.span, ...queue.statements.map(s => s.span).filter(s => !removed.has(s))]
            .filter((s): s is Span => s !== undefined);
        const anchor = kept.reduce((a, b) => (b.endOffset > a.endOffset ? b : a));
        const multiLine = anchor.end.line !== queue.nameSpan.start.line;
        const newline = lineBreakOf(text);
        const separator = multiLine ? newline + indentationAt(text, anchor.endOffset) : ' ';
        edits.push({ start: anchor.endOffset, end: anchor.endOffset, newText: inserts.map(s => separator + s).join('') });
    }
    return {
        title: `Map the targets of script selector ${script.name} to queue ${queue.name}`,
        edits: [mergeEdits(queue.nameSpan.uri, text, edits)],
    };
}

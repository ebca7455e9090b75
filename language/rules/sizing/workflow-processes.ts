import { CONFIGURATIONS } from '../../engine/configurations.js';
import type { Declared } from '../../model/deployment.js';
import { indentationUnit, statementInsertion } from '../block-insertion.js';
import type { Finding, Rule, TextEdit } from '../rule.js';
import { indentationAt, toTextEdit } from '../text-edits.js';
import { figure, list } from './format.js';
import { hasLineBreak, lineBreakOf } from '../../model/line-index.js';

type Setting = 'processes' | 'instances';
const SETTINGS: readonly Setting[] = ['processes', 'instances'];

export const workflowProcesses: Rule = {
    id: 'sizing/workflow-processes',
    defaultSeverity: 'warning',
    docs: {
        summary: 'The deployment does not configure two workflow processes and two workflow instances.',
        rationale: 'Both configurations "also require two workflow processes and instances to be configured in the '
            + 'application". Decision: a setting that is not written is not two, because the deployment is where the '
            + 'design says what to configure: it is reported on the deployment\'s name, and a setting written with '
            + 'another number is reported on that number. A folder without a `deployment` declaration is not checked.',
        guideSection: 'Chapter 2, Support for up to 400 Standardized Concurrent Agents; Support for 401 to 1500 '
            + 'Standardized Concurrent Agents',
        example: 'deployment Prod {\n    workflow processes 1\n    workflow instances 2\n}',
        fix: 'Sets a wrong number to 2, or adds the missing `workflow processes 2` / `workflow instances 2` lines to the '
            + 'deployment declaration in the file\'s own layout.',
    },
    check({ deployment, analysis, text }) {
        const declaration = deployment.declaration;
        const configuration = analysis.sizing.configuration.name === 'unsupported'
            ? CONFIGURATIONS[CONFIGURATIONS.length - 1]
            : analysis.sizing.configuration;
        const required: Record<Setting, number | undefined> = {
            processes: configuration.workflowProcesses, instances: configuration.workflowInstances,
        };
        if (!declaration) return [];
        const requirement = `the ${configuration.name} configuration requires ${figure(required.processes ?? 0)} workflow `
            + `processes and ${figure(required.instances ?? 0)} workflow instances`;
        const findings: Finding[] = [];
        const absent: Setting[] = [];
        for (const setting of SETTINGS) {
            const want = required[setting];
            const written = deployment.workflow[setting];
            if (want === undefined) continue;
            if (!written) {
                absent.push(setting);
            } else if (written.value !== want) {
                findings.push({
                    span: written.span,
                    message: `Workflow ${setting} set to ${figure(written.value)}; ${requirement}.`,
                    fix: {
                        title: `Set workflow ${setting} to ${want}`,
                        edits: [{ uri: written.span.uri, range: written.span, newText: String(want) }],
                    },
                });
            }
        }
        if (absent.length > 0) {
            const lines = absent.map(setting => `workflow ${setting} ${required[setting]}`);
            const source = text(declaration.span.uri);
            const edit = source === undefined ? undefined : insertStatements(source, declaration, lines);
            findings.unshift({
                span: declaration.nameSpan,
                message: `Deployment ${declaration.name} does not set workflow ${list(absent)}; ${requirement}.`,
                fix: edit && { title: `Add ${lines.map(l => `'${l}'`).join(' and ')}`, edits: [edit] },
            });
        }
        return findings;
    },
};

/** Appends `lines` as the declaration's last statements, opening a block when it has none. */
function insertStatements(source: string, declaration: Declared, lines: readonly string[]): TextEdit | undefined {
    const eol = lineBreakOf(source);
    const [first, ...rest] = lines;
    const head = statementInsertion(source, declaration.span, declaration.nameSpan.endOffset, first);
    if (!head) {
        // `deployment Prod` without braces.
        if (declaration.span.endOffset !== declaration.nameSpan.endOffset) return undefined;
        const indent = indentationAt(source, declaration.span.offset);
        const unit = indentationUnit(source);
        const body = lines.map(l => `${eol}${indent}${unit}${l}`).join('');
        const at = declaration.nameSpan.endOffset;
        return toTextEdit(declaration.span.uri, source, { start: at, end: at, newText: ` {${body}${eol}${indent}}` });
    }
    const open = source.indexOf('{', declaration.nameSpan.endOffset);
    const inner = source.slice(open + 1, declaration.span.endOffset - 1);
    if (inner.trim() === '' && !hasLineBreak(inner)) {
        // Empty braces on one line, `{}` or `{ }`.
        return toTextEdit(declaration.span.uri, source, { start: open + 1, end: declaration.span.endOffset - 1, newText: ` ${lines.join(' ')} ` });
    }
    const more = rest.map(l => statementInsertion(source, declaration.span, declaration.nameSpan.endOffset, l)?.newText ?? '');
    return toTextEdit(declaration.span.uri, source, { ...head, newText: head.newText + more.join('') });
}

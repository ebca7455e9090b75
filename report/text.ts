/**
 * The report as terminal text: `ece size`, `ece growth`, `ece routes` and `ece report --format text`
 * are sections of it. It renders the engine's figures (value, formula with inputs, guide section)
 * and computes nothing.
 */
import Table from 'cli-table3';
import pc from 'picocolors';
import { formatAmount, formatNumber, type DeploymentFigures, type Figure } from '../language/engine/explain.js';
import type { Route } from '../language/engine/routing.js';
import type { Severity } from '../language/rules/rule.js';
import type { FileDiagnostic } from '../language/validation/file-diagnostic.js';
import { capacityMarks } from './format.js';
import type { ReportCapacity, ReportModel } from './report-model.js';

/**
 * The terminal's one escaping rule, for every string that comes from the user's files (file and
 * folder names, descriptions, names, messages): control characters (ESC and so CSI and OSC
 * sequences, the other C0 and C1 codes, line breaks) and the bidirectional overrides are written as
 * visible escapes (`\x1B`, `\u202E`), so that no file can move the cursor, erase or reorder lines,
 * set the clipboard, or forge a line of output. Colours are added after, by the CLI itself.
 */
export function terminalText(text: string): string {
    return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, c => {
        const code = c.charCodeAt(0);
        return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase()}`;
    });
}

/** A table whose cells may hold line breaks of its own (a cell's list): each line is escaped alone. */
export function table(head: string[], rows: string[][]): string {
    const t = new Table({ head: head.map(h => pc.bold(terminalText(h))), style: { head: [], border: [] } });
    for (const row of rows) t.push(row.map(cell => cell.split('\n').map(terminalText).join('\n')));
    return t.toString();
}

export function heading(text: string): string {
    return pc.bold(pc.underline(terminalText(text)));
}

/** `label: value (formula with inputs; guide section)`, the figure as one line. */
function figureLine(f: Figure): string {
    const value = f.value.replace(/`/g, '');
    return terminalText(`${f.label}: ${value}`) + (f.arithmetic === '—' ? '' : pc.dim(`  (${terminalText(f.arithmetic)})`));
}

function figureRows(figures: readonly Figure[]): string[][] {
    return figures.map(f => [f.label, `${f.formula} = ${f.arithmetic}`, f.value.replace(/`/g, '')]);
}

export function sizingText(deployment: string, figures: DeploymentFigures): string {
    return [
        heading(`Sizing of ${deployment} (guide: ${figures.standardizedAgents[0].section})`),
        table(['load line', 'formula with inputs', 'standardized agents'], figureRows(figures.lines)),
        table(['channel', 'formula with inputs', 'standardized agents'], figureRows(figures.standardizedAgents)),
        ...figures.configuration.map(figureLine),
        table(['role', 'servers declared', 'required'], figures.roles.map(f => [f.label, f.value, f.arithmetic])),
    ].join('\n') + '\n';
}

export function growthText(deployment: string, figures: DeploymentFigures, capacity: ReportCapacity | null = null): string {
    return [
        heading(`Database growth of ${deployment} (guide: ${figures.monthlyGrowth[0].section})`),
        table(['activity', 'formula with inputs', 'per month'], figureRows(figures.monthlyGrowth)),
        ...(capacity ? [terminalText(`The load grows ${capacity.ratesText}: each month grows the database from that month's volumes`)] : []),
        table(['after', 'formula with inputs', 'projected size'], figureRows(figures.projection)),
        figures.disk ? figureLine(figures.disk) : 'Database disk: not declared',
        ...(capacity ? capacity.timesToLimit.filter(t => t.kind === 'database-disk').map(t => `Limit in ${t.text}`) : []),
    ].join('\n') + '\n';
}

/** The headline, the times to limit and the grown load at 12, 24, 36 months and the horizon; '' without growth. */
export function capacityText(capacity: ReportCapacity | null): string {
    if (!capacity) return '';
    return [
        heading(`Capacity over time (load growing ${capacity.ratesText})`),
        capacity.headline,
        ...(capacity.timesToLimit.length === 0 ? [capacity.summary] : capacity.timesToLimit.map(t => `Limit in ${t.text}`)),
        table(['after', 'standardized agents', 'configuration', 'application servers for the load', 'database'], capacityMarks(capacity).map(month => {
            const m = capacity.months[month - 1];
            return [`month ${month}`, formatNumber(m.standardizedAgents.total), m.configuration, formatNumber(m.applicationServersForLoad), formatAmount(m.databaseMB, 'MB')];
        })),
    ].join('\n') + '\n';
}

export function routesText(deployment: string, routes: readonly Route[]): string {
    const rows = routes.map(r => [
        r.department, r.queue, r.mrd ?? '—', r.script ?? '—',
        [...r.skillGroups, ...r.precisionQueues].join('\n'), r.agents.join(', ') || '(none)',
    ]);
    return [
        heading(`Routing of ${deployment} (derived from the Unified CCE configuration)`),
        table(['department', 'queue', 'MRD', 'script selector', 'skill groups / PQs', 'agents who service it'], rows),
    ].join('\n') + '\n';
}

const COLOUR: Record<Severity, (s: string) => string> = {
    error: pc.red, warning: pc.yellow, info: pc.cyan, hint: pc.dim,
};

/** `file:line:column: severity code: message`, as compilers print. */
export function formatDiagnostic(d: FileDiagnostic): string {
    return `${terminalText(d.file)}:${d.line}:${d.column}: ${COLOUR[d.severity](d.severity)} ${pc.dim(terminalText(d.code))}: ${terminalText(d.message)}`;
}

/** `ece report --format text`: the whole report model as terminal text. */
export function renderText(model: ReportModel, folder: string): string {
    const diagnostics = model.diagnostics.length === 0
        ? pc.green('No problems found.')
        : model.diagnostics.map(formatDiagnostic).join('\n');
    return [
        pc.bold(`ECE deployment ${terminalText(model.deployment)}`) + pc.dim(`  (${model.files.length} files in ${terminalText(folder)})`),
        terminalText(model.description ?? ''),
        sizingText(model.deployment, model.figures) + capacityText(model.capacity),
        growthText(model.deployment, model.figures, model.capacity),
        routesText(model.deployment, model.routing.routes),
        heading('Diagnostics'),
        diagnostics,
    ].filter(s => s !== '').join('\n') + '\n';
}

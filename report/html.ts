/**
 * The report as one self-contained HTML page: inline CSS and inline SVG, no script, no font, no
 * image and no URL of any kind, so it opens anywhere without a network. A Content-Security-Policy
 * that allows nothing but its own stylesheet (by hash) makes the browser enforce that.
 */
import { createHash } from 'node:crypto';
import { renderCapacitySvg, renderGrowthSvg } from './charts.js';
import { renderRoutingSvg, renderTopologySvg, routingOmissionNote, routingPicture, sourceAttributes, type DiagramObject } from './diagrams.js';
import { formatAmount, formatNumber, projectionMonths, type Figure } from '../language/engine/explain.js';
import { capacityMarks, escapeHtml, summaryText } from './format.js';
import type { ReportModel, SourceLocation } from './report-model.js';

export interface ReportSvgs {
    growth: string;
    /** Only when the deployment declares load growth. */
    capacity?: string;
    topology: string;
    routing: string;
}

export interface HtmlOptions {
    /**
     * The page's Content-Security-Policy, given the hash source of its stylesheet
     * (`'sha256-…'`); by default nothing but that stylesheet is allowed.
     */
    contentSecurityPolicy?: (styleHash: string) => string;
    /** Extra markup at the end of `<head>` (a webview's script tag, for instance). */
    head?: string;
}

/**
 * Light by default, dark where the reader's system is (`prefers-color-scheme`); inside a VS Code
 * webview (whose `<body>` carries `data-vscode-theme-kind`) the editor's own theme colours win,
 * light, dark or high contrast. Pictures keep a light canvas of their own: their colours are drawn
 * for it. Nothing is wider than the window: tables and pictures scroll inside themselves.
 */
export const REPORT_CSS = `
:root { color-scheme: light dark; --ink: #0f172a; --muted: #475569; --line: #e2e8f0; --panel: #f8fafc; --page: #fff;
  --accent: #2563eb; --hover: #eff6ff; --good: #15803d;
  --error: #dc2626; --warning: #d97706; --info: #2563eb; --hint: #64748b; }
@media (prefers-color-scheme: dark) {
  :root { --ink: #e2e8f0; --muted: #94a3b8; --line: #334155; --panel: #1e293b; --page: #0f172a;
    --accent: #60a5fa; --hover: #1e3a5f; --good: #4ade80; --error: #f87171; --warning: #fbbf24; --info: #60a5fa; }
}
body[data-vscode-theme-kind] { --ink: var(--vscode-editor-foreground, var(--vscode-foreground)); --muted: var(--vscode-descriptionForeground);
  --line: var(--vscode-editorWidget-border, var(--vscode-widget-border, var(--vscode-panel-border)));
  --panel: var(--vscode-sideBar-background, var(--vscode-editorWidget-background)); --page: var(--vscode-editor-background);
  --accent: var(--vscode-textLink-foreground); --hover: var(--vscode-list-hoverBackground);
  --good: var(--vscode-testing-iconPassed, var(--vscode-terminal-ansiGreen)); --error: var(--vscode-errorForeground);
  --warning: var(--vscode-editorWarning-foreground); --info: var(--vscode-editorInfo-foreground);
  font-family: var(--vscode-font-family); }
body.vscode-light { color-scheme: light; } body.vscode-dark, body.vscode-high-contrast { color-scheme: dark; }
body.vscode-high-contrast, body.vscode-high-contrast-light { --line: var(--vscode-contrastBorder); }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.5 "DejaVu Sans", Arial, Helvetica, sans-serif; color: var(--ink); background: var(--page);
  overflow-wrap: anywhere; }
header { padding: 24px 32px 16px; border-bottom: 1px solid var(--line); background: var(--panel); }
header h1 { margin: 0 0 4px; font-size: 22px; }
header p { margin: 4px 0; color: var(--muted); }
nav { display: flex; flex-wrap: wrap; gap: 4px 16px; padding: 8px 32px; border-bottom: 1px solid var(--line); font-size: 13px; }
nav a { color: var(--accent); text-decoration: none; }
main { padding: 8px 32px 32px; max-width: 1400px; }
@media (max-width: 700px) { header, nav, main, footer { padding-left: 16px; padding-right: 16px; } }
section { margin-top: 24px; }
h2 { font-size: 18px; margin: 0 0 12px; padding-bottom: 4px; border-bottom: 2px solid var(--line); }
h3 { font-size: 14px; margin: 16px 0 8px; color: var(--muted); }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(220px, 1fr)); gap: 12px; margin: 12px 0; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; background: var(--page); }
.card .value { font-size: 20px; font-weight: bold; overflow-wrap: normal; }
.card .label { font-size: 12px; color: var(--muted); }
.columns { display: flex; flex-wrap: wrap; gap: 0 24px; align-items: flex-start; }
.columns > * { min-width: 0; max-width: 100%; }
table { display: block; max-width: 100%; overflow-x: auto; border-collapse: collapse; margin: 8px 0; font-size: 13px; }
th, td { border: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; overflow-wrap: normal; }
td { min-width: 4em; }
th { background: var(--panel); }
td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
figure { margin: 8px 0 16px; max-width: 100%; }
figure svg { max-width: 100%; height: auto; display: block; background: #fff; border-radius: 6px; }
figcaption { font-size: 12px; color: var(--muted); margin-top: 4px; }
.severity { display: inline-block; padding: 0 6px; border-radius: 8px; color: #fff; font-size: 12px; }
.severity.error { background: #dc2626; } .severity.warning { background: #b45309; }
.severity.info { background: #2563eb; } .severity.hint { background: #64748b; }
.ok { color: var(--good); font-weight: bold; }
.problem { color: var(--error); font-weight: bold; }
.ece-object[data-uri] { cursor: pointer; }
g.ece-object:hover > path, g.ece-object:hover > polygon { stroke-width: 2.5; }
tr.ece-object:hover { background: var(--hover); }
code { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 12px; }
body[data-vscode-theme-kind] code { font-family: var(--vscode-editor-font-family, monospace); }
footer { padding: 16px 32px; color: var(--muted); font-size: 12px; border-top: 1px solid var(--line); }
`;

export function styleHash(css: string = REPORT_CSS): string {
    return `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;
}

export function defaultContentSecurityPolicy(hash: string): string {
    return `default-src 'none'; style-src ${hash}; img-src data:; base-uri 'none'; form-action 'none'`;
}

/**
 * An SVG document made fit for inlining in HTML: no XML prologue, doctype or comment, and no
 * namespace declarations (the HTML parser puts `<svg>` in the SVG namespace by itself); so the page
 * holds no URL at all, not even a namespace name.
 */
export function inlineSvg(svg: string): string {
    return svg
        .replace(/<\?xml[^>]*\?>\s*/g, '')
        .replace(/<!DOCTYPE[^>]*>\s*/gi, '')
        .replace(/<!--[\s\S]*?-->\s*/g, '')
        .replace(/\s+xmlns(:\w+)?="[^"]*"/g, '')
        .trim();
}

/** The picture's text alternative, as the SVG's own `<title>` (its accessible name; its objects keep their own). */
function titled(svg: string, text: string): string {
    return inlineSvg(svg).replace(/^(<svg\b[^>]*>)/, `$1<title>${escapeHtml(text)}</title>`);
}

function attrs(kind: string, name: string, source: SourceLocation | null | undefined, id?: string): string {
    const object: DiagramObject & { id: string } = { id: id ?? `${kind}:${name}`, kind, name, source: source ?? null };
    return `class="ece-object" ${sourceAttributes(object)}`;
}

function table(head: string[], rows: string[][], numeric: number[] = [], rowAttributes: string[] = []): string {
    const th = head.map((h, i) => `<th${numeric.includes(i) ? ' class="number"' : ''}>${escapeHtml(h)}</th>`).join('');
    const body = rows.map((cells, r) => `<tr${rowAttributes[r] ? ` ${rowAttributes[r]}` : ''}>${cells.map((c, i) => `<td${numeric.includes(i) ? ' class="number"' : ''}>${c}</td>`).join('')}</tr>`);
    return `<table><thead><tr>${th}</tr></thead><tbody>${body.join('')}</tbody></table>`;
}

function card(value: string, label: string): string {
    return `<div class="card"><div class="value">${value}</div><div class="label">${escapeHtml(label)}</div></div>`;
}

/** A table of figures: what, the formula with this deployment's inputs, the value, the guide's section. */
function figureTable(first: string, figures: readonly Figure[], rowAttributes: string[] = []): string {
    const e = escapeHtml;
    return table([first, 'Formula with inputs', 'Value', 'Guide'],
        figures.map(f => [e(f.label), e(`${f.formula} = ${f.arithmetic}`), `<b>${e(f.value.replace(/`/g, ''))}</b>`, e(f.section)]), [2], rowAttributes);
}

function sizingSection(model: ReportModel): string {
    const { sizing, figures } = model;
    const e = escapeHtml;
    const byKey = (key: string) => figures.configuration.find(f => f.key === key)!;
    const roles = table(['Role', 'Servers declared', 'Required'], figures.roles.map((f, i) => [
        e(f.label), `<span class="${sizing.roles[i].declared < sizing.roles[i].required ? 'problem' : 'ok'}">${e(f.value)}</span>`, e(f.arithmetic),
    ]), []);
    const total = figures.standardizedAgents.find(f => f.key === 'standardized.total')!;
    const headroom = byKey('headroom');
    return `<section id="sizing"><h2>Sizing</h2>
<div class="cards">${[
        card(e(total.value), 'standardized agents'),
        card(e(byKey('configuration').value), 'configuration'),
        card(e(byKey('applicationServers.required').value), 'application servers'),
        card(`<span class="${sizing.headroom < 0 ? 'problem' : 'ok'}">${e(headroom.value)}</span>`, 'headroom'),
    ].join('')}</div>
${figureTable('Load line', figures.lines, sizing.lines.map(l => attrs(`load-${l.channel}`, l.channel, l.source)))}
${figureTable('Standardized agents', figures.standardizedAgents)}
<div class="columns"><div>${figureTable('Figure', figures.configuration)}</div><div>${roles}</div></div>
</section>`;
}

function growthSection(model: ReportModel, svg: string): string {
    const { growth, figures } = model;
    const e = escapeHtml;
    const months = projectionMonths(growth.months.length);
    const marks = table(['After', 'Email', 'Attachments', 'Chat and callback', 'Current', 'Total'],
        months.map(month => {
            const g = growth.months[month - 1];
            const size = (mb: number) => e(formatAmount(mb, 'MB'));
            return [`${month} months`, size(g.emailMB), size(g.attachmentsMB), size(g.chatMB), size(g.currentMB), `<b>${size(g.totalMB)}</b>`];
        }), [1, 2, 3, 4, 5], months.map(month => `data-month="${month}"`));
    const full = growth.diskFullMonth !== null;
    const disk = figures.disk ? `${figures.disk.label}: ${figures.disk.value} (${figures.disk.arithmetic}).` : 'Database disk: not declared.';
    return `<section id="growth"><h2>Database growth</h2>
<figure id="growth-chart" data-diagram="growth" data-months="${growth.months.length}" ${attrs('load-profile', 'load profile', growth.source, 'load-profile')}>
${titled(svg, `Database growth chart: ${figures.monthlyGrowth.find(f => f.key === 'growth.total')?.value ?? ''} over ${growth.months.length} months. ${disk}`)}
<figcaption>Projected database size per month over the planning horizon of ${growth.months.length} months, stacked by what fills it${growth.diskGB === null ? '' : '; the dashed line is the database disk'}.</figcaption>
</figure>
${figureTable('Growth per month', figures.monthlyGrowth)}
<p>${growth.currentMB > 0 ? `Starting from the current size, ${e(formatAmount(growth.currentMB, 'MB'))}.` : 'Starting from an empty database.'}</p>
${marks}
<p ${growth.diskSource ? attrs('disk', 'database disk', growth.diskSource, 'database-disk') : ''}><span class="${full ? 'problem' : growth.diskGB === null ? '' : 'ok'}">${e(disk)}</span></p>
</section>`;
}

function capacitySection(model: ReportModel, svg: string | undefined): string {
    const { capacity } = model;
    if (!capacity || svg === undefined) return '';
    const e = escapeHtml;
    const limits = capacity.timesToLimit.length === 0 ? `<p class="ok">${e(capacity.summary)}.</p>`
        : table(['Month', 'The deployment will need', 'Because'], capacity.timesToLimit.map(t => [
            formatNumber(t.month), `<b>${e(t.need)}</b>`, e(t.passed),
        ]), [0], capacity.timesToLimit.map(t => `data-limit="${e(t.kind)}" data-month="${t.month}"`));
    const marks = table(['After', 'Standardized agents', 'Configuration', 'Application servers for the load', 'Database'],
        capacityMarks(capacity).map(month => {
            const c = capacity.months[month - 1];
            return [`${month} months`, formatNumber(c.standardizedAgents.total), e(c.configuration), formatNumber(c.applicationServersForLoad), e(formatAmount(c.databaseMB, 'MB'))];
        }), [1, 3, 4]);
    return `<section id="capacity"><h2>Capacity over time</h2>
<p ${attrs('growth', 'load growth', capacity.source, 'load-growth')}><b>${e(capacity.headline)}</b>.</p>
<figure id="capacity-chart" data-diagram="capacity" data-months="${capacity.months.length}">
${inlineSvg(svg)}
<figcaption>Standardized agents per month as the load grows ${e(capacity.ratesText)}, coloured by the configuration they need; the dashed lines are the 400- and 1500-agent limits and the agents the declared application servers carry.</figcaption>
</figure>
${limits}
${marks}
</section>`;
}

function topologySection(model: ReportModel, svg: string): string {
    const collocated = model.topology.servers.filter(s => s.collocated);
    const { loadBalancers, servers } = model.topology;
    const alternative = `Topology diagram: ${[
        ...loadBalancers.map(lb => `load balancer ${lb.name}${lb.inDmz ? ' in the DMZ' : ''}`),
        ...servers.map(s => `server ${s.name} (${s.roles.length === 0 ? 'no roles' : s.roles.join(', ')})${s.inDmz ? ' in the DMZ' : ''}`),
    ].join('; ') || 'no servers or load balancer'}.`;
    return `<section id="topology"><h2>Topology</h2>
<figure data-diagram="topology">
${titled(svg, alternative)}
<figcaption>Load balancer, DMZ and servers with their roles; ${collocated.length === 0 ? 'no server collocates roles' : `collocated: ${collocated.map(s => `${escapeHtml(s.name)} (${escapeHtml(s.roles.join(' + '))})`).join('; ')}`}.</figcaption>
</figure>
</section>`;
}

function routingSection(model: ReportModel, svg: string): string {
    const e = escapeHtml;
    const note = routingOmissionNote(routingPicture(model.routing));
    const dash = (items: string[]) => (items.length === 0 ? '—' : e(items.join(', ')));
    const routes = model.routing.routes.length === 0 ? '<p>No queues declared.</p>'
        : table(['Department', 'Queue', 'MRD', 'Script selector', 'Skill groups', 'Precision queues', 'Agents'],
            model.routing.routes.map(r => [e(r.department), `<b>${e(r.queue)}</b>`, e(r.mrd ?? '—'), e(r.script ?? '—'),
                dash(r.skillGroups), dash(r.precisionQueues), dash(r.agents)]),
            [], model.routing.routes.map(r => attrs('route', r.queue, r.source)));
    return `<section id="routing"><h2>Routing</h2>
<figure data-diagram="routing">
${titled(svg, `Routing diagram of ${model.routing.routes.length} queues; the routing table below lists each route.`)}
<figcaption>MRD → script selector → skill groups and precision queues → queues → departments; dashed lines join skill groups and precision queues to their agents.${note ? ` ${e(note)}` : ''}</figcaption>
</figure>
<h3>Routing table (derived: the agents of a queue are those of its skill groups and precision queues)</h3>
${routes}
</section>`;
}

function diagnosticsSection(model: ReportModel): string {
    const e = escapeHtml;
    const body = model.diagnostics.length === 0 ? '<p class="ok">No problems found.</p>'
        : table(['Severity', 'Location', 'Code', 'Message'], model.diagnostics.map(d => [
            `<span class="severity ${e(d.severity)}">${e(d.severity)}</span>`, `<code>${e(`${d.file}:${d.line}:${d.column}`)}</code>`, `<code>${e(d.code)}</code>`, e(d.message),
        ]), [], model.diagnostics.map(d => `class="ece-object" ${sourceAttributes({
            id: `diagnostic:${d.code}:${d.file}:${d.line}:${d.column}`, kind: 'diagnostic', name: d.code,
            source: { uri: d.uri, line: d.line - 1, character: d.column - 1, endLine: d.endLine - 1, endCharacter: d.endColumn - 1 },
        })}`));
    return `<section id="diagnostics"><h2>Diagnostics</h2>${body}</section>`;
}

/** Renders the three pictures; Vega and Graphviz are loaded here, on first use. */
export async function renderReportSvgs(model: ReportModel): Promise<ReportSvgs> {
    const [growth, topology, routing, capacity] = await Promise.all([
        renderGrowthSvg(model.growth), renderTopologySvg(model), renderRoutingSvg(model), model.capacity ? renderCapacitySvg(model.capacity) : undefined,
    ]);
    return { growth, topology, routing, ...(capacity === undefined ? {} : { capacity }) };
}

export async function renderHtml(model: ReportModel, options: HtmlOptions = {}, svgs?: ReportSvgs): Promise<string> {
    const pictures = svgs ?? await renderReportSvgs(model);
    const e = escapeHtml;
    const csp = (options.contentSecurityPolicy ?? defaultContentSecurityPolicy)(styleHash());
    const files = model.files.map(f => `<code ${attrs('file', f.display, { uri: f.uri, line: 0, character: 0, endLine: 0, endCharacter: 0 }, `file:${f.display}`)}>${e(f.display)}</code>`).join(', ');
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${e(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
${model.generator ? `<meta name="generator" content="${e(model.generator)}">\n` : ''}<title>ECE deployment ${e(model.deployment)}: sizing report</title>
<style>${REPORT_CSS}</style>
${options.head ?? ''}</head>
<body>
<header>
<h1 ${model.source ? attrs('deployment', model.deployment, model.source, 'deployment') : ''}>ECE deployment ${e(model.deployment)}</h1>
${model.description ? `<p>${e(model.description)}</p>\n` : ''}<p>Files: ${files}. Diagnostics: <span class="${model.summary.error > 0 ? 'problem' : 'ok'}">${e(summaryText(model))}</span></p>
</header>
<nav><a href="#sizing">Sizing</a>${model.capacity ? '<a href="#capacity">Capacity over time</a>' : ''}<a href="#growth">Database growth</a><a href="#topology">Topology</a><a href="#routing">Routing</a><a href="#diagnostics">Diagnostics</a></nav>
<main>
${sizingSection(model)}
${model.capacity ? `${capacitySection(model, pictures.capacity)}\n` : ''}${growthSection(model, pictures.growth)}
${topologySection(model, pictures.topology)}
${routingSection(model, pictures.routing)}
${diagnosticsSection(model)}
</main>
${model.generator ? `<footer>Generated by ${e(model.generator)}.</footer>\n` : ''}</body>
</html>
`;
}

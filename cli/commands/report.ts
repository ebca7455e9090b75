import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { Option } from 'commander';
import { URI } from 'vscode-uri';
import { buildReportModel, type ReportDiagnostic, type ReportModel } from '../../report/report-model.js';
import { renderMarkdown } from '../../report/markdown.js';
import { renderText } from '../../report/text.js';
import { renderHtml } from '../../report/html.js';
import { withRelativeSources } from '../../report/relative-sources.js';
import { DIAGRAM_NAMES, renderDiagramSvg, type DiagramName } from '../../report/svg.js';
import { EXIT_ERRORS, EXIT_OK, UsageError } from '../errors.js';
import { VERSION } from '../version.js';
import { displayPath, type CheckedDeployment } from '../workspace.js';

export const REPORT_FORMATS = ['text', 'markdown', 'html', 'svg'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface ReportOptions {
    format?: ReportFormat;
    html?: string;
    diagram?: DiagramName;
    outDir?: string;
    output?: string;
}

export function reportOptions(): Option[] {
    return [
        new Option('--format <format>', 'text (default), markdown, html or svg').choices(REPORT_FORMATS),
        new Option('--html <file>', 'write the HTML page to <file> (short for --format html --output <file>)'),
        new Option('--diagram <name>', 'the SVG to print: topology, routing, growth or capacity (implies --format svg)').choices(DIAGRAM_NAMES),
        new Option('--out-dir <dir>', 'write topology.svg, routing.svg and growth.svg into <dir> (implies --format svg)'),
        new Option('-o, --output <file>', 'write the report to <file> instead of standard output'),
    ];
}

export const REPORT_HELP = `
Formats:
  text       the terminal summary (the default)
  markdown   for wikis and pull requests: tables, growth at 12, 24 and 36 months, and the
             topology and routing diagrams as Mermaid blocks
  html       one self-contained page, no script and no network: sizing, the database growth
             chart, the topology and routing diagrams, and the diagnostics
  svg        pictures: --diagram topology|routing|growth prints one to standard output (or to
             --output); --out-dir <dir> writes <dir>/topology.svg, routing.svg and growth.svg
             (only the --diagram one when both are given), and capacity.svg when the
             load profile declares growth: standardized agents month by month

Examples:
  ece report examples/blended-400 --html report.html
  ece report examples/blended-400 --format markdown > REPORT.md
  ece report examples/blended-400 --diagram routing > routing.svg
  ece report examples/blended-400 --out-dir docs/diagrams

The exit code is 1 when the deployment has an error diagnostic, as for \`ece check\`; the report is
written all the same.
`;

interface ReportPlan {
    format: ReportFormat;
    output?: string;
    diagrams: DiagramName[];
    outDir?: string;
}

/** Checks the combination of options before anything is loaded. */
export function planReport(options: ReportOptions): ReportPlan {
    const implied: ReportFormat | undefined = options.html !== undefined ? 'html'
        : options.diagram !== undefined || options.outDir !== undefined ? 'svg' : undefined;
    if (options.format && implied && options.format !== implied) {
        const by = options.html !== undefined ? '--html' : options.diagram !== undefined ? '--diagram' : '--out-dir';
        throw new UsageError(`${by} goes with --format ${implied}, not --format ${options.format}`);
    }
    if (options.html !== undefined && options.output !== undefined) throw new UsageError('give either --html <file> or --output <file>, not both');
    const format = options.format ?? implied ?? 'text';
    if (format === 'svg') {
        if (options.outDir !== undefined && options.output !== undefined) throw new UsageError('--out-dir writes one file per diagram; --output names one file: give one of them');
        if (options.outDir === undefined && options.diagram === undefined) {
            throw new UsageError('--format svg needs --diagram topology|routing|growth or --out-dir <dir>');
        }
        return {
            format,
            output: options.output,
            diagrams: options.diagram ? [options.diagram] : [...DIAGRAM_NAMES],
            outDir: options.outDir,
        };
    }
    return { format, output: options.html ?? options.output, diagrams: [] };
}

/** Diagnostics with the file's URI, so that the HTML page can point at the source. */
export function reportDiagnostics(checked: CheckedDeployment): ReportDiagnostic[] {
    return checked.diagnostics.map(d => ({ ...d, uri: URI.file(path.resolve(d.file)).toString() }));
}

export function reportModel(checked: CheckedDeployment): ReportModel {
    return buildReportModel(checked.analysis, reportDiagnostics(checked), {
        displayFile: uri => displayPath(URI.parse(uri).fsPath),
        generator: `ece ${VERSION}`,
    });
}

async function diagramSvg(model: ReportModel, name: DiagramName): Promise<string> {
    if (name === 'capacity' && model.capacity === null) {
        throw new UsageError(`${model.deployment} declares no load growth: the capacity chart needs \`growth … % per year\` in its load profile`);
    }
    return renderDiagramSvg(model, name);
}

function write(file: string, content: string): void {
    try {
        writeFileSync(file, content);
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? String(error);
        throw new UsageError(`${file}: cannot write (${code})`);
    }
}

/** `ece report`: validates the options, loads the deployment, writes the report; returns the exit code. */
export async function reportCommand(options: ReportOptions, load: () => Promise<CheckedDeployment>): Promise<number> {
    const plan = planReport(options);
    const checked = await load();
    const exitCode = checked.diagnostics.some(d => d.severity === 'error') ? EXIT_ERRORS : EXIT_OK;
    const emit = (content: string) => (plan.output !== undefined ? write(plan.output, content) : process.stdout.write(content));
    switch (plan.format) {
        case 'text': {
            const text = renderText(reportModel(checked), checked.folder.path);
            emit(plan.output !== undefined ? stripVTControlCharacters(text) : text);
            break;
        }
        case 'markdown':
            emit(renderMarkdown(reportModel(checked)));
            break;
        case 'html':
            emit(await renderHtml(withRelativeSources(reportModel(checked))));
            break;
        case 'svg': {
            const model = withRelativeSources(reportModel(checked));
            if (plan.outDir !== undefined) {
                try {
                    mkdirSync(plan.outDir, { recursive: true });
                } catch (error) {
                    throw new UsageError(`${plan.outDir}: cannot create the folder (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
                }
                // The capacity chart only when the deployment declares growth.
                const diagrams = plan.diagrams.filter(name => name !== 'capacity' || model.capacity !== null || options.diagram === 'capacity');
                for (const name of diagrams) write(path.join(plan.outDir, `${name}.svg`), await diagramSvg(model, name));
            } else {
                emit(await diagramSvg(model, plan.diagrams[0]));
            }
            break;
        }
    }
    return exitCode;
}

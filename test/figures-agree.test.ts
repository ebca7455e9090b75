/**
 * Every surface shows the engine's figures and nothing of its own: for every example, the realistic
 * benchmark deployment and every rule fixture folder, `ece size --json` / `ece growth --json`, the
 * hover on the deployment, on each load line and on the load profile, the code lens, the status bar's
 * summary, the report model and the text of `ece size` / `ece growth` give the same values and the
 * same formula text.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { growthJson } from '../cli/commands/growth.js';
import { reportModel } from '../cli/commands/report.js';
import { sizeJson } from '../cli/commands/size.js';
import { loadDeployments, type CheckedDeployment } from '../cli/workspace.js';
import type { Figure } from '../language/engine/explain.js';
import { timesToLimitLine } from '../language/engine/explain-capacity.js';
import type { Span } from '../language/model/span.js';
import { DEPLOYMENT_SUMMARY_REQUEST, type DeploymentSummary } from '../server/protocol/custom-protocol.js';
import { REPO_ROOT } from './helpers/check-folder.js';
import { hoverText, LspClient } from './helpers/lsp-client.js';
import { runCli, runCliJson } from './helpers/run-cli.js';

/** The workspaces a server is started on, and the deployment folders below each. */
const ROOTS = ['examples', 'bench/fixtures', 'test/fixtures/rules'].map(root => path.join(REPO_ROOT, root));

function deploymentFolders(root: string): string[] {
    const found: string[] = [];
    const walk = (folder: string) => {
        const entries = fs.readdirSync(folder, { withFileTypes: true });
        if (entries.some(e => e.isFile() && e.name.endsWith('.ece'))) found.push(folder);
        for (const e of entries) if (e.isDirectory() && !e.name.startsWith('stress-')) walk(path.join(folder, e.name));
    };
    walk(root);
    return found.sort();
}

/** The cells the hover's figure tables show for a figure. */
function expectFigureIn(markdown: string, f: Figure, where: string): void {
    const cell = (text: string) => text.replace(/\|/g, '\\|');
    expect(markdown, `${where}: ${f.key} value`).toContain(`| ${cell(f.value)} |`);
    expect(markdown, `${where}: ${f.key} formula`).toContain(cell(`${f.formula} = ${f.arithmetic}`));
}

const sizeFigures = (checked: CheckedDeployment) => sizeJson(checked).figures;

describe.each(ROOTS)('the figures of every deployment under %s agree on every surface', root => {
    let client: LspClient;
    const checked = new Map<string, CheckedDeployment>();
    const folders = deploymentFolders(root);

    beforeAll(async () => {
        for (const d of await loadDeployments(folders, { recursive: false })) checked.set(d.folder.path, d);
        client = await LspClient.start(root);
    }, 120_000);
    afterAll(async () => {
        await client?.stop();
    });

    it('finds deployment folders', () => {
        expect(folders.length).toBeGreaterThan(0);
        expect([...checked.keys()].sort()).toEqual(folders);
    });

    it.each(folders.map(f => [path.relative(REPO_ROOT, f), f]))('%s', async (_name, folder) => {
        const deployment = checked.get(folder)!;
        const { analysis } = deployment;
        const size = sizeFigures(deployment);
        const growth = growthJson(analysis).figures;
        const summary = sizeJson(deployment).summary;

        // The report model (HTML, Markdown, SVG, text report and webview) holds the same figures.
        const model = reportModel(deployment);
        expect(model.figures.summary).toBe(summary);
        expect({ lines: model.figures.lines, standardizedAgents: model.figures.standardizedAgents, configuration: model.figures.configuration, roles: model.figures.roles }).toEqual(size);
        expect({ monthlyGrowth: model.figures.monthlyGrowth, projection: model.figures.projection, disk: model.figures.disk }).toEqual(growth);
        expect(model.sizing.lines.map(l => l.figure)).toEqual(size.lines);

        const hoverAt = async (span: Span) => {
            await client.open(URI_TO_FILE(span.uri));
            return hoverText(await client.hover(URI_TO_FILE(span.uri), span.start));
        };

        const declaration = analysis.deployment.declaration;
        if (declaration) {
            const hover = await hoverAt(declaration.nameSpan);
            expect(hover).toContain(`**${summary}**`);
            for (const f of [...size.standardizedAgents, ...size.configuration]) expectFigureIn(hover, f, 'deployment hover');
            const lenses = (await client.codeLenses(URI_TO_FILE(declaration.span.uri))) ?? [];
            // The summary first; a growing load adds the times to limit.
            expect(lenses.map(l => l.command?.title)).toEqual(analysis.capacity ? [summary, timesToLimitLine(analysis.capacity)] : [summary]);
        }
        const load = analysis.deployment.load;
        if (load) {
            const lines = (['email', 'chat', 'callback'] as const).flatMap(channel => load[channel].map((l, i) => ({ span: l.span, key: `load.${channel}.${i}` })));
            for (const { span, key } of lines) {
                const figure = size.lines.find(f => f.key === key)!;
                const hover = await hoverAt(span);
                expect(hover).toContain(`### ${figure.label}: ${figure.value}`);
                expectFigureIn(hover, figure, `hover on ${key}`);
            }
            const hover = await hoverAt(load.header);
            for (const f of [...growth.monthlyGrowth, ...growth.projection]) expectFigureIn(hover, f, 'load profile hover');
        }

        const file = analysis.deployment.files[0];
        const status = await client.connection.sendRequest<DeploymentSummary | null>(DEPLOYMENT_SUMMARY_REQUEST, { uri: file });
        expect(status?.summary).toBe(summary);
        expect(status?.figures).toEqual([...size.standardizedAgents, ...size.configuration]
            .map(({ key, label, value, arithmetic }) => ({ key, label, value, arithmetic })));
    }, 60_000);
});

function URI_TO_FILE(uri: string): string {
    return decodeURIComponent(new URL(uri).pathname);
}

describe('the `ece` process and its text print the same figures', () => {
    const examples = deploymentFolders(path.join(REPO_ROOT, 'examples'));

    it.each(examples.map(f => [path.relative(REPO_ROOT, f), f]))('%s', async (_name, folder) => {
        const [deployment] = await loadDeployments([folder], { recursive: false });
        const size = runCliJson<ReturnType<typeof sizeJson>>(['size', folder, '--json']);
        expect(size.figures).toEqual(JSON.parse(JSON.stringify(sizeFigures(deployment))));
        const growth = runCliJson<ReturnType<typeof growthJson>>(['growth', folder, '--json']);
        expect(growth.figures).toEqual(JSON.parse(JSON.stringify(growthJson(deployment.analysis).figures)));
        // The text shows each figure's formula with inputs and its value, as the hover does.
        const sizeText = runCli(['size', folder]).stdout;
        for (const f of [...size.figures.lines, ...size.figures.standardizedAgents]) {
            expect(sizeText).toContain(`${f.formula} = ${f.arithmetic}`);
        }
        const growthText = runCli(['growth', folder]).stdout.replace(/\s*│\s*/g, ' ');
        for (const f of growth.figures.projection) expect(growthText).toContain(f.value);
    }, 60_000);
});

/** Each example named in a README, with the text that speaks of it: a table row, or a section. */
function exampleClaims(readme: string): { name: string; text: string }[] {
    const text = fs.readFileSync(path.join(REPO_ROOT, readme), 'utf8');
    if (readme === 'examples/README.md') {
        return text.split(/^## /m).slice(1).map(section => ({ name: /^`([a-z0-9-]+)\/`/.exec(section)?.[1] ?? '', text: section }));
    }
    return text.split('\n').flatMap(line => {
        const name = /examples\/([a-z0-9-]+)\//.exec(line)?.[1];
        return name ? [{ name, text: line }] : [];
    });
}

describe('the READMEs state the standardized agents the engine computes', () => {
    it.each(['README.md', 'examples/README.md'])('%s', async readme => {
        const claims = exampleClaims(readme).flatMap(({ name, text }) =>
            [...text.matchAll(/([\d,]+) standardized agents/g)].map(m => ({ name, count: m[1] })));
        expect(claims.length).toBeGreaterThan(0);
        for (const { name, count } of claims) {
            const [deployment] = await loadDeployments([path.join(REPO_ROOT, 'examples', name)], { recursive: false });
            expect(`${name}: ${count}`).toBe(`${name}: ${deployment.analysis.sizing.standardizedAgents.total.toLocaleString('en-US')}`);
        }
    });
});

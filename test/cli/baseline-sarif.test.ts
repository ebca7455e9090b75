/**
 * `ece check --write-baseline` / `--baseline` and the SARIF output, as a process: findings matched by
 * rule, object and message key survive inserted lines and code moved between files; SARIF locations are
 * relative to %SRCROOT% with escaped URIs, rules have help and names, and the log is valid against the
 * SARIF 2.1.0 schema that Microsoft's SARIF SDK ships.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import AjvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { afterEach, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/check-folder.js';
import { runCli, runCliJson } from '../helpers/run-cli.js';

const MISTAKES = path.join(REPO_ROOT, 'examples/mistakes');
const temporary: string[] = [];
afterEach(() => temporary.splice(0).forEach(dir => fs.rmSync(dir, { recursive: true, force: true })));

function tempDir(): string {
    const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'ece-baseline-')));
    temporary.push(dir);
    return dir;
}

function copyMistakes(to: string): string {
    fs.mkdirSync(to, { recursive: true });
    for (const name of fs.readdirSync(MISTAKES)) fs.copyFileSync(path.join(MISTAKES, name), path.join(to, name));
    return to;
}

interface CheckJson {
    diagnostics: { file: string; line: number; code: string; message: string; severity: string }[];
    summary: { errors: number; warnings: number; baselined?: number };
}

interface SarifResult {
    ruleId: string;
    ruleIndex?: number;
    level: string;
    message: { text: string };
    locations?: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: { startLine: number } } }[];
    partialFingerprints: Record<string, string>;
    baselineState?: string;
}

interface SarifLog {
    runs: {
        tool: { driver: { rules: { id: string; name: string; help: { text: string; markdown: string } }[] } };
        originalUriBaseIds: Record<string, { uri: string }>;
        results: SarifResult[];
    }[];
}

const require = createRequire(import.meta.url);
const SCHEMA_FILE = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');

function expectSchemaValid(log: unknown): void {
    // The schema's language-tag pattern is not valid as a Unicode regular expression; `uri` and `uri-reference` formats are checked.
    const ajv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
    ajvFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8')) as object);
    const valid = validate(log);
    expect(validate.errors ?? [], 'SARIF schema errors').toEqual([]);
    expect(valid).toBe(true);
}

/** Lines inserted at the top of both files, and the load balancer moved from ece.ece to ucce.ece. */
function reshuffle(folder: string): void {
    const ece = path.join(folder, 'ece.ece');
    const ucce = path.join(folder, 'ucce.ece');
    const text = fs.readFileSync(ece, 'utf8');
    const lb = /load balancer ECE_LB \{[^}]*\}\n/.exec(text)?.[0];
    expect(lb).toBeDefined();
    fs.writeFileSync(ece, `// reviewed\n\n// by the team\n${text.replace(lb!, '')}`);
    fs.writeFileSync(ucce, `\n\n\n${fs.readFileSync(ucce, 'utf8')}\n${lb}`);
}

describe('a baseline', { timeout: 240_000 }, () => {
    it('hides known findings after lines are inserted and code moves between files, says how many, and reports a new one', () => {
        const root = tempDir();
        const folder = copyMistakes(path.join(root, 'site'));
        const baseline = path.join(root, 'ece-baseline.json');
        const all = runCliJson<CheckJson>(['check', folder, '--format', 'json', '--write-baseline', baseline], root);
        expect(all.diagnostics.length).toBeGreaterThan(20);
        const written = JSON.parse(fs.readFileSync(baseline, 'utf8')) as { version: number; findings: { folder: string; count: number }[] };
        expect(written.version).toBe(1);
        expect(written.findings.every(f => f.folder === 'site')).toBe(true);
        expect(written.findings.reduce((n, f) => n + f.count, 0)).toBe(all.diagnostics.length);

        reshuffle(folder);
        const moved = runCliJson<CheckJson>(['check', folder, '--format', 'json'], root);
        // The same findings, on other lines.
        expect(moved.diagnostics.map(d => d.code).sort()).toEqual(all.diagnostics.map(d => d.code).sort());
        expect(moved.diagnostics.map(d => `${d.file}:${d.line}`)).not.toEqual(all.diagnostics.map(d => `${d.file}:${d.line}`));
        const known = runCli(['check', folder, '--baseline', baseline], root);
        expect(known.status).toBe(0);
        expect(known.stdout).toBe(`1 deployment, 2 files: 0 errors, 0 warnings, 0 info, 0 hints; ${all.diagnostics.length} known findings hidden by the baseline\n`);

        // A new finding: a second non-interruptible email MRD.
        fs.appendFileSync(path.join(folder, 'ucce.ece'), 'mrd Email_MRD_3 {\n    channel inbound email\n    non-interruptible\n}\n');
        const fresh = runCliJson<CheckJson>(['check', folder, '--format', 'json', '--baseline', baseline], root);
        expect(fresh.diagnostics.map(d => d.code).sort()).toEqual(['routing/email-mrd-interruptible', 'routing/one-mrd-per-channel']);
        expect(fresh.summary).toMatchObject({ errors: 1, warnings: 1, baselined: all.diagnostics.length });
        expect(runCli(['check', folder, '--baseline', baseline], root).status).toBe(1);
    });

    it('refuses a file that is not a baseline with exit 2', () => {
        const root = tempDir();
        const folder = copyMistakes(path.join(root, 'site'));
        fs.writeFileSync(path.join(root, 'bad.json'), '{ "findings": 3 }');
        expect(runCli(['check', folder, '--baseline', path.join(root, 'bad.json')], root)).toMatchObject({
            status: 2, stderr: `ece: ${path.join(root, 'bad.json')}: not a baseline of version 1 (write one with ece check --write-baseline).\n`,
        });
        expect(runCli(['check', folder, '--baseline', path.join(root, 'none.json')], root).status).toBe(2);
    });
});

describe('SARIF', { timeout: 240_000 }, () => {
    it('is valid against the SARIF 2.1.0 schema, with rule names, help, %SRCROOT% locations, fingerprints and baseline states', () => {
        const repo = tempDir();
        fs.mkdirSync(path.join(repo, '.git'));
        const folder = copyMistakes(path.join(repo, 'designs', 'site'));
        const baseline = path.join(repo, 'ece-baseline.json');
        const log = runCliJson<SarifLog>(['check', folder, '--format', 'sarif', '--write-baseline', baseline], repo);
        expectSchemaValid(log);
        const run = log.runs[0];
        for (const rule of run.tool.driver.rules) {
            expect(rule.name).not.toBe(rule.id);
            expect(rule.name).toMatch(/^[A-Z][A-Za-z0-9]+$/);
            expect(rule.help.text.length).toBeGreaterThan(20);
            expect(rule.help.markdown).toContain('**What it checks.**');
        }
        expect(run.tool.driver.rules.find(r => r.id === 'routing/queue-naming')?.name).toBe('RoutingQueueNaming');
        expect(run.originalUriBaseIds['%SRCROOT%'].uri).toBe(`file://${repo}/`);
        expect(new Set(run.results.map(r => r.locations?.[0].physicalLocation.artifactLocation.uri))).toEqual(new Set(['designs/site/ece.ece', 'designs/site/ucce.ece']));
        expect(run.results.every(r => r.locations?.[0].physicalLocation.artifactLocation.uriBaseId === '%SRCROOT%')).toBe(true);

        // The same from the folder above the repository: locations and fingerprints do not depend on it.
        const above = runCliJson<SarifLog>(['check', folder, '--format', 'sarif'], path.dirname(repo)).runs[0].results;
        expect(above.map(r => r.locations?.[0].physicalLocation.artifactLocation.uri)).toEqual(run.results.map(r => r.locations?.[0].physicalLocation.artifactLocation.uri));

        // Fingerprints survive inserted lines and moved code; baseline states say what is new and what is gone.
        reshuffle(folder);
        fs.appendFileSync(path.join(folder, 'ucce.ece'), 'mrd Email_MRD_3 {\n    channel inbound email\n    non-interruptible\n}\n');
        fs.writeFileSync(path.join(folder, 'ece.ece'), fs.readFileSync(path.join(folder, 'ece.ece'), 'utf8').replace('workflow processes 1', 'workflow processes 2'));
        const after = runCliJson<SarifLog>(['check', folder, '--format', 'sarif', '--baseline', baseline], repo);
        expectSchemaValid(after);
        const results = after.runs[0].results;
        const fingerprints = (list: SarifResult[]) => new Set(list.map(r => r.partialFingerprints['eceFindingIdentity/v1']));
        const unchanged = results.filter(r => r.baselineState === 'unchanged');
        expect(unchanged.length).toBe(run.results.length - 1);
        expect([...fingerprints(unchanged)].every(f => fingerprints(run.results).has(f))).toBe(true);
        expect(results.filter(r => r.baselineState === 'new').map(r => r.ruleId).sort()).toEqual(['routing/email-mrd-interruptible', 'routing/one-mrd-per-channel']);
        expect(results.filter(r => r.baselineState === 'absent').map(r => r.ruleId)).toEqual(['sizing/workflow-processes']);
    });

    it('writes valid relative URIs for folder and file names with spaces, %, #, ? and :', () => {
        const repo = tempDir();
        fs.mkdirSync(path.join(repo, '.git'));
        const hostile = 'a b%20#x?y:z';
        const folder = path.join(repo, hostile);
        fs.mkdirSync(folder);
        fs.writeFileSync(path.join(folder, `main ${hostile}.ece`), 'deployment Lab { workflow processes 2 workflow instances 2 }\nmrd Email_MRD {\n    channel inbound email\n    non-interruptible\n}\n');
        const log = runCliJson<SarifLog>(['check', folder, '--format', 'sarif'], repo);
        expectSchemaValid(log);
        const uris = new Set(log.runs[0].results.map(r => r.locations?.[0].physicalLocation.artifactLocation.uri));
        expect(uris).toEqual(new Set(['a%20b%2520%23x%3Fy%3Az/main%20a%20b%2520%23x%3Fy%3Az.ece']));
        for (const uri of uris) {
            // A relative reference that resolves against %SRCROOT% back to the file, query and fragment empty.
            const resolved = new URL(uri!, log.runs[0].originalUriBaseIds['%SRCROOT%'].uri);
            expect(resolved.search).toBe('');
            expect(resolved.hash).toBe('');
            expect(decodeURIComponent(resolved.pathname)).toBe(path.join(folder, `main ${hostile}.ece`));
        }
    });
});

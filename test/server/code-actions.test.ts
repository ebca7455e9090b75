import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { CONFIGURATIONS } from '../../language/engine/configurations.js';
import { applyEdits } from '../helpers/apply-edits.js';
import { findRuleDescriptor } from '../../language/rules/catalogue.js';
import { REPO_ROOT, writeTempFolder } from '../helpers/check-folder.js';
import { fileUri, LspClient } from '../helpers/lsp-client.js';

const INTERRUPTIBLE = 'routing/email-mrd-interruptible';
const TOPOLOGY = 'sizing/topology-below-configuration';

const TWO_BAD_MRDS = [
    'mrd Email_In {',
    '    channel inbound email',
    '    non-interruptible',
    '}',
    '',
    'mrd Email_Out {',
    '    channel outbound email',
    '    non-interruptible',
    '}',
    '',
].join('\n');

describe('code actions', () => {
    let client: LspClient | undefined;
    afterEach(async () => {
        await client?.stop();
        client = undefined;
    });

    async function openFolder(files: Record<string, string>, open: string[]): Promise<{ folder: string; diagnostics: Map<string, Diagnostic[]> }> {
        const folder = writeTempFolder(files);
        client = await LspClient.start(folder);
        const diagnostics = new Map<string, Diagnostic[]>();
        for (const name of open) diagnostics.set(name, await client.open(path.join(folder, name), files[name]));
        return { folder, diagnostics };
    }

    const actionsOf = (list: unknown[] | null) => (list ?? []) as CodeAction[];

    it('offers each diagnostic\'s fix as a quickfix, and fixing removes the diagnostic without new errors', async () => {
        const { folder, diagnostics } = await openFolder({ 'main.ece': TWO_BAD_MRDS }, ['main.ece']);
        const file = path.join(folder, 'main.ece');
        const flagged = diagnostics.get('main.ece')!.filter(d => d.code === INTERRUPTIBLE);
        expect(flagged).toHaveLength(2);
        const actions = actionsOf(await client!.codeActions(file, flagged[0].range, [flagged[0]]));
        const fix = actions.find(a => a.isPreferred)!;
        expect(fix).toMatchObject({ kind: 'quickfix', isPreferred: true, title: (flagged[0].data as { fix: { title: string } }).fix.title });
        const fixed = applyEdits(TWO_BAD_MRDS, fix.edit!.changes![fileUri(file)]);
        const after = client!.nextDiagnostics(fileUri(file));
        await client!.change(file, fixed);
        const remaining = await after;
        expect(remaining.filter(d => d.code === INTERRUPTIBLE)).toHaveLength(1);
        expect(remaining.filter(d => d.severity === 1 && d.code !== INTERRUPTIBLE)).toEqual([]);
        // Everything but the fixed MRD is kept byte for byte.
        expect(fixed.slice(fixed.indexOf('mrd Email_Out'))).toBe(TWO_BAD_MRDS.slice(TWO_BAD_MRDS.indexOf('mrd Email_Out')));
    });

    it("offers 'Fix all' when one rule has several fixable diagnostics in the file", async () => {
        const { folder, diagnostics } = await openFolder({ 'main.ece': TWO_BAD_MRDS }, ['main.ece']);
        const file = path.join(folder, 'main.ece');
        const [first] = diagnostics.get('main.ece')!.filter(d => d.code === INTERRUPTIBLE);
        const actions = actionsOf(await client!.codeActions(file, first.range, [first]));
        const all = actions.find(a => a.title === `Fix all '${INTERRUPTIBLE}' problems in file`)!;
        expect(all.kind).toBe('quickfix');
        expect(all.diagnostics).toHaveLength(2);
        const fixed = applyEdits(TWO_BAD_MRDS, all.edit!.changes![fileUri(file)]);
        expect(fixed).not.toContain('non-interruptible');
        const after = client!.nextDiagnostics(fileUri(file));
        await client!.change(file, fixed);
        expect((await after).filter(d => d.code === INTERRUPTIBLE || d.severity === 1)).toEqual([]);
    });

    it('finds the fix for a client that does not send diagnostic data back', async () => {
        const { folder, diagnostics } = await openFolder({ 'main.ece': TWO_BAD_MRDS }, ['main.ece']);
        const file = path.join(folder, 'main.ece');
        const [first] = diagnostics.get('main.ece')!.filter(d => d.code === INTERRUPTIBLE);
        const { data: _data, ...withoutData } = first;
        const actions = actionsOf(await client!.codeActions(file, first.range, [withoutData]));
        expect(actions.map(a => a.title)).toContain((first.data as { fix: { title: string } }).fix.title);
    });

    it('applies a fix whose edits go to another file of the folder, and the first file re-validates', async () => {
        const over400 = CONFIGURATIONS[0].maxAgents + 100;
        const files = {
            'main.ece': `deployment Big {\n    workflow processes 2\n    workflow instances 2\n}\n\nload profile {\n    email ${over400} agents\n}\n`,
            'topology.ece': 'server ECE_WEB_1 {\n    roles web\n}\n',
        };
        const { folder, diagnostics } = await openFolder(files, ['main.ece', 'topology.ece']);
        const main = path.join(folder, 'main.ece');
        const topology = path.join(folder, 'topology.ece');
        const [short] = diagnostics.get('main.ece')!.filter(d => d.code === TOPOLOGY);
        expect(short).toBeDefined();
        const action = actionsOf(await client!.codeActions(main, short.range, [short])).find(a => a.isPreferred)!;
        expect(Object.keys(action.edit!.changes!)).toEqual([fileUri(topology)]);
        const fixed = applyEdits(files['topology.ece'], action.edit!.changes![fileUri(topology)]);
        expect(fixed.startsWith(files['topology.ece'])).toBe(true);
        await client!.change(topology, fixed);
        const revalidated = await client!.diagnosticsWhere(fileUri(main), d => !d.some(x => x.code === TOPOLOGY));
        expect(revalidated.filter(d => d.severity === 1)).toEqual([]);
    });

    it('offers no fix for diagnostics without one, and nothing when only other kinds of action are asked for', async () => {
        const { folder, diagnostics } = await openFolder({ 'main.ece': TWO_BAD_MRDS }, ['main.ece']);
        const file = path.join(folder, 'main.ece');
        const [first] = diagnostics.get('main.ece')!.filter(d => d.code === INTERRUPTIBLE);
        const unfixable: Diagnostic = { ...first, code: 'routing/one-mrd-per-channel', message: 'x', data: { code: 'routing/one-mrd-per-channel' } };
        const actions = actionsOf(await client!.codeActions(file, first.range, [unfixable]));
        expect(actions.map(a => a.title)).toEqual(["Suppress 'routing/one-mrd-per-channel' on this line"]);
        const syntax: Diagnostic = { ...first, code: 'syntax/parse-error', message: 'x', data: undefined };
        expect(await client!.codeActions(file, first.range, [syntax])).toEqual([]);
        const refactors = await client!.connection.sendRequest('textDocument/codeAction', {
            textDocument: { uri: fileUri(file) }, range: first.range, context: { diagnostics: [first], only: ['refactor'] },
        });
        expect(refactors).toEqual([]);
    });
    it('suppresses a rule on the diagnostic\'s line with a comment above it, indented like it', async () => {
        const { folder, diagnostics } = await openFolder({ 'main.ece': TWO_BAD_MRDS }, ['main.ece']);
        const file = path.join(folder, 'main.ece');
        const [first] = diagnostics.get('main.ece')!.filter(d => d.code === INTERRUPTIBLE);
        const suppress = actionsOf(await client!.codeActions(file, first.range, [first])).find(a => a.title === `Suppress '${INTERRUPTIBLE}' on this line`)!;
        const fixed = applyEdits(TWO_BAD_MRDS, suppress.edit!.changes![fileUri(file)]);
        expect(fixed).toContain(`    channel inbound email\n    // ece-ignore-next-line ${INTERRUPTIBLE}\n    non-interruptible\n`);
        await client!.change(file, fixed);
        const after = await client!.diagnosticsWhere(fileUri(file), d => d.filter(x => x.code === INTERRUPTIBLE).length === 1);
        expect(after.map(d => d.code)).not.toContain('suppression/unused');
    });

    it("turns a rule off in the folder's ece.config.json, and the diagnostics follow the file", async () => {
        const config = '{\n    "rules": {\n        "ha/database-always-on": "off"\n    }\n}\n';
        const { folder, diagnostics } = await openFolder({ 'main.ece': TWO_BAD_MRDS, 'ece.config.json': config }, ['main.ece']);
        const file = path.join(folder, 'main.ece');
        const configFile = path.join(folder, 'ece.config.json');
        const [first] = diagnostics.get('main.ece')!.filter(d => d.code === INTERRUPTIBLE);
        const off = actionsOf(await client!.codeActions(file, first.range, [first])).find(a => a.title === `Turn off '${INTERRUPTIBLE}' in ece.config.json`)!;
        const edits = off.edit!.changes![fileUri(configFile)];
        const updated = applyEdits(config, edits);
        expect(JSON.parse(updated)).toEqual({ rules: { 'ha/database-always-on': 'off', [INTERRUPTIBLE]: 'off' } });
        fs.writeFileSync(configFile, updated);
        await client!.filesChanged([{ file: configFile, type: 2 }]);
        const after = await client!.diagnosticsWhere(fileUri(file), d => !d.some(x => x.code === INTERRUPTIBLE));
        expect(after.map(d => d.code)).not.toContain(INTERRUPTIBLE);
    });

    it('offers every other severity for the rule in ece.config.json, and the diagnostic follows it', async () => {
        const config = '{\n    "rules": {}\n}\n';
        const { folder, diagnostics } = await openFolder({ 'main.ece': TWO_BAD_MRDS, 'ece.config.json': config }, ['main.ece']);
        const file = path.join(folder, 'main.ece');
        const configFile = path.join(folder, 'ece.config.json');
        const [first] = diagnostics.get('main.ece')!.filter(d => d.code === INTERRUPTIBLE);
        const titles = actionsOf(await client!.codeActions(file, first.range, [first])).map(a => a.title).filter(t => t.includes('ece.config.json'));
        expect(titles).toEqual([
            `Turn off '${INTERRUPTIBLE}' in ece.config.json`,
            `Make '${INTERRUPTIBLE}' a warning in ece.config.json`,
            `Make '${INTERRUPTIBLE}' an info in ece.config.json`,
            `Make '${INTERRUPTIBLE}' a hint in ece.config.json`,
        ]);
        const warning = actionsOf(await client!.codeActions(file, first.range, [first])).find(a => a.title === titles[1])!;
        fs.writeFileSync(configFile, applyEdits(config, warning.edit!.changes![fileUri(configFile)]));
        await client!.filesChanged([{ file: configFile, type: 2 }]);
        const after = await client!.diagnosticsWhere(fileUri(file), d => d.some(x => x.code === INTERRUPTIBLE && x.severity === 2));
        expect(after.filter(d => d.code === INTERRUPTIBLE).map(d => d.severity)).toEqual([2, 2]);
    });

    it('creates ece.config.json to turn a rule off when there is none and the client can create files', async () => {
        const folder = writeTempFolder({ 'main.ece': TWO_BAD_MRDS });
        client = await LspClient.start(folder, undefined, { createFiles: true });
        const file = path.join(folder, 'main.ece');
        const [first] = (await client.open(file)).filter(d => d.code === INTERRUPTIBLE);
        const off = actionsOf(await client.codeActions(file, first.range, [first])).find(a => a.title.startsWith(`Turn off '${INTERRUPTIBLE}'`))!;
        const [create, edit] = off.edit!.documentChanges! as [{ kind: string; uri: string }, { edits: { newText: string }[] }];
        expect(create).toMatchObject({ kind: 'create', uri: fileUri(path.join(folder, 'ece.config.json')) });
        expect(JSON.parse(edit.edits[0].newText).rules).toEqual({ [INTERRUPTIBLE]: 'off' });
    });
});

describe('code actions where a rule has no fix', () => {
    const MISTAKES = path.join(REPO_ROOT, 'examples/mistakes');
    let client: LspClient | undefined;
    afterEach(async () => {
        await client?.stop();
        client = undefined;
    });

    /** Every routing finding of examples/mistakes with what the lightbulb offers first. */
    async function routingOffers(disabledActions: boolean): Promise<{ line: number; rule: string; fix?: string; disabled?: string; reason?: string }[]> {
        client = await LspClient.start(MISTAKES, undefined, { disabledActions });
        const offers = [];
        for (const name of ['ece.ece', 'ucce.ece']) {
            const file = path.join(MISTAKES, name);
            const diagnostics = (await client.open(file)).filter(d => String(d.code).startsWith('routing/'));
            for (const diagnostic of diagnostics) {
                const actions = ((await client.codeActions(file, diagnostic.range, [diagnostic])) ?? []) as CodeAction[];
                const fix = actions.find(a => a.isPreferred && a.edit);
                const disabled = actions.find(a => a.disabled);
                offers.push({
                    line: diagnostic.range.start.line + 1, rule: String(diagnostic.code),
                    ...(fix ? { fix: fix.title } : {}), ...(disabled ? { disabled: disabled.title, reason: disabled.disabled!.reason } : {}),
                });
            }
        }
        return offers;
    }

    it('gives each routing mistake of examples/mistakes a fix, or a disabled quick-fix whose reason is the rule\'s', async () => {
        const offers = await routingOffers(true);
        expect(offers.length).toBeGreaterThanOrEqual(9);
        for (const offer of offers) {
            expect(Boolean(offer.fix) !== Boolean(offer.disabled), `${offer.rule} at line ${offer.line}: a fix or a reason, one of them`).toBe(true);
            if (offer.disabled) expect(offer.reason).toBe(findRuleDescriptor(offer.rule)!.docs.noFix);
        }
        // The two the lightbulb used to leave bare: a taken name, and a target another department maps.
        expect(offers.find(o => o.rule === 'routing/queue-naming')).toMatchObject({
            line: 7, disabled: 'Fix \'routing/queue-naming\' (not offered here)', reason: expect.stringContaining('another queue already has'),
        });
        expect(offers.find(o => o.rule === 'routing/queue-script-mismatch' && o.line === 10)).toMatchObject({
            disabled: 'Fix \'routing/queue-script-mismatch\' (not offered here)', reason: expect.stringContaining('share it across departments'),
        });
        expect(offers.find(o => o.rule === 'routing/queue-without-agents')).toMatchObject({ disabled: 'No automatic fix for \'routing/queue-without-agents\'' });
        expect(offers.find(o => o.rule === 'routing/email-mrd-interruptible')?.fix).toMatch(/interruptible/);
    });

    it('offers no disabled action to a client that cannot show one', async () => {
        const offers = await routingOffers(false);
        expect(offers.filter(o => o.disabled)).toEqual([]);
    });
});

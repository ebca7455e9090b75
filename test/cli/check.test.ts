import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeTempFolder } from '../helpers/check-folder.js';
import { runCli, runCliJson } from '../helpers/run-cli.js';

const VALID = `
deployment Lab { workflow processes 2 workflow instances 2 }
mrd Email_MRD { channel inbound email }
`;

interface CheckJson {
    diagnostics: { file: string; line: number; column: number; endLine: number; endColumn: number; severity: string; code: string; message: string }[];
    summary: { errors: number; warnings: number; deployments: number; files: number };
}

describe('ece check', () => {
    it('reports a syntax error as file:line:column with its code and exits 1', () => {
        const folder = writeTempFolder({ 'main.ece': `${VALID}\nmrd Chat_MRD {\n    channel teleport\n}\n` });
        const result = runCli(['check', folder]);
        expect(result.status).toBe(1);
        expect(result.stdout).toMatch(new RegExp(`main\\.ece:6:13: error syntax/parse-error: `));
        expect(result.stderr).toBe('');
    });

    it('names unresolved references in the guide\'s words', () => {
        const folder = writeTempFolder({ 'main.ece': `${VALID}\nskill group SG { mrd Chat_MRD }\n` });
        const { diagnostics } = runCliJson<CheckJson>(['check', folder, '--format', 'json']);
        const unresolved = diagnostics.find(d => d.code === 'reference/unresolved');
        expect(unresolved).toMatchObject({ line: 5, column: 22, endLine: 5, endColumn: 30, severity: 'error' });
        expect(unresolved?.message).toBe("No MRD named 'Chat_MRD' in this deployment folder.");
    });

    it('rejects a unit that does not fit the figure', () => {
        const folder = writeTempFolder({ 'main.ece': `${VALID}\nnetwork { agent latency 80 KB }\n` });
        const { diagnostics } = runCliJson<CheckJson>(['check', folder, '--format', 'json']);
        expect(diagnostics.filter(d => d.code === 'syntax/unit').map(d => d.message)).toEqual([
            "'KB' does not measure a latency; write it in ms.",
        ]);
    });

    it('exits 2 with a one-line message naming a missing path', () => {
        const result = runCli(['check', 'no/such/folder']);
        expect(result.status).toBe(2);
        expect(result.stderr).toBe('ece: no/such/folder: no such file or folder\n');
        expect(result.stdout).toBe('');
    });

    it('exits 2 on a binary file and on a file that is not UTF-8, without a stack trace', () => {
        const binary = writeTempFolder({});
        fs.writeFileSync(path.join(binary, 'main.ece'), Buffer.from([0x6d, 0x72, 0x64, 0x00, 0x01, 0x02]));
        const latin1 = writeTempFolder({});
        fs.writeFileSync(path.join(latin1, 'main.ece'), Buffer.from('mrd Caf\xe9 { channel chat }', 'latin1'));
        for (const [folder, reason] of [[binary, 'not a text file'], [latin1, 'not valid UTF-8 text']]) {
            const result = runCli(['check', folder]);
            expect(result.status).toBe(2);
            expect(result.stderr.trim().split('\n')).toHaveLength(1);
            expect(result.stderr).toContain(path.join(folder, 'main.ece'));
            expect(result.stderr).toContain(reason);
            expect(result.stderr).not.toMatch(/\n\s+at /);
        }
    });

    it('exits 2 on a file over the size limit, naming the limit', () => {
        const folder = writeTempFolder({});
        fs.writeFileSync(path.join(folder, 'huge.ece'), Buffer.alloc(21 * 1024 * 1024, 0x20));
        const result = runCli(['check', folder]);
        expect(result.status).toBe(2);
        expect(result.stderr).toBe(`ece: ${path.join(folder, 'huge.ece')}: too large (21.0 MB; the limit is 20 MB)\n`);
    });

    it('accepts an empty file as an empty part of a deployment', () => {
        const folder = writeTempFolder({ 'empty.ece': '', 'main.ece': VALID });
        const { summary } = runCliJson<CheckJson>(['check', folder, '--format', 'json']);
        expect(summary).toMatchObject({ files: 2, errors: 0 });
    });

    it('refuses a path that is neither an .ece file nor a folder', () => {
        const folder = writeTempFolder({ 'notes.txt': 'x' });
        const result = runCli(['check', path.join(folder, 'notes.txt')]);
        expect(result.status).toBe(2);
        expect(result.stderr).toBe(`ece: ${path.join(folder, 'notes.txt')}: not an .ece file\n`);
    });

    it('exits 2 on a folder without .ece files and on a usage error', () => {
        expect(runCli(['check', writeTempFolder({ 'notes.txt': 'x' })]).status).toBe(2);
        expect(runCli(['check', '--format', 'xml', 'examples']).status).toBe(2);
        expect(runCli(['check']).status).toBe(2);
    });

    it('checks every deployment folder under a path, each on its own', () => {
        const root = writeTempFolder({});
        for (const name of ['prod', 'lab']) {
            fs.mkdirSync(path.join(root, name));
            fs.writeFileSync(path.join(root, name, 'main.ece'), VALID);
        }
        // Names do not resolve across folders: lab's skill group cannot see prod's MRD.
        fs.writeFileSync(path.join(root, 'lab', 'extra.ece'), 'skill group SG { mrd Email_MRD }\n');
        fs.writeFileSync(path.join(root, 'prod', 'main.ece'), VALID.replace('Email_MRD', 'Prod_MRD'));
        fs.writeFileSync(path.join(root, 'prod', 'extra.ece'), 'skill group SG { mrd Email_MRD }\n');
        const { diagnostics, summary } = runCliJson<CheckJson>(['check', root, '--format', 'json']);
        expect(summary).toMatchObject({ deployments: 2, files: 4 });
        expect(diagnostics.filter(d => d.code === 'reference/unresolved').map(d => d.file))
            .toEqual([path.join(root, 'prod', 'extra.ece')]);
    });

    it('writes SARIF 2.1.0 with the rules in runs[0].tool.driver.rules', () => {
        const folder = writeTempFolder({ 'main.ece': `${VALID}\nmrd Out { channel outbound email non-interruptible }\n` });
        const sarif = runCliJson<{ version: string; runs: { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string; level: string; locations: { physicalLocation: { region: { startLine: number } } }[] }[] }[] }>(
            ['check', folder, '--format', 'sarif']);
        expect(sarif.version).toBe('2.1.0');
        expect(sarif.runs[0].tool.driver.rules.map(r => r.id)).toContain('routing/email-mrd-interruptible');
        const result = sarif.runs[0].results.find(r => r.ruleId === 'routing/email-mrd-interruptible');
        expect(result?.level).toBe('error');
        expect(result?.locations[0].physicalLocation.region.startLine).toBe(5);
    });

    it('never writes to the files it checks', () => {
        const folder = writeTempFolder({ 'main.ece': `${VALID}\nmrd Out { channel outbound email non-interruptible }\n` });
        const file = path.join(folder, 'main.ece');
        const before = { hash: crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex'), mtime: fs.statSync(file).mtimeMs };
        for (const format of ['text', 'json', 'sarif']) runCli(['check', folder, '--format', format]);
        expect(crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex')).toBe(before.hash);
        expect(fs.statSync(file).mtimeMs).toBe(before.mtime);
        expect(fs.readdirSync(folder)).toEqual(['main.ece']);
    });
});

/** docs/ai.md teaches agents to write `.ece`: its example deployment must check without an error or a warning. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkFolder, REPO_ROOT } from '../helpers/check-folder.js';

const GUIDE = fs.readFileSync(path.join(REPO_ROOT, 'docs/ai.md'), 'utf8');
const BLOCKS = [...GUIDE.matchAll(/```ece\n([\s\S]*?)```/g)].map(m => m[1]);
let folder: string | undefined;

afterEach(() => {
    if (folder) fs.rmSync(folder, { recursive: true, force: true });
    folder = undefined;
});

describe('the guide for agents (docs/ai.md)', () => {
    it('has an example deployment that checks without errors or warnings, in the 400-agent configuration', async () => {
        folder = fs.mkdtempSync(path.join(os.tmpdir(), 'ece-ai-guide-'));
        const example = BLOCKS.reduce((a, b) => (b.length > a.length ? b : a));
        fs.writeFileSync(path.join(folder, 'main.ece'), example);
        const checked = await checkFolder(folder);
        expect(checked.diagnostics.filter(d => d.severity !== undefined && d.severity <= 2).map(d => `${d.code}: ${d.message}`)).toEqual([]);
        expect(checked.analysis.sizing.configuration.name).toBe('400-agent');
    });

    it('has a what-if example that parses', async () => {
        folder = fs.mkdtempSync(path.join(os.tmpdir(), 'ece-ai-guide-'));
        fs.writeFileSync(path.join(folder, 'main.ece'), BLOCKS[0]);
        const checked = await checkFolder(folder);
        expect(checked.codes.filter(c => c.startsWith('syntax/'))).toEqual([]);
        expect(checked.analysis.sizing.standardizedAgents.chat).toBe(600);
    });
});

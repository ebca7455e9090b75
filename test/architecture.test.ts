/**
 * The imports run one way (docs/architecture.md): language ← report ← cli and server; the client
 * sees only server/protocol. Each part is a TypeScript composite project that lists only its own
 * files, so an import against the direction fails the build. Shown here on a copy of the sources.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './helpers/check-folder.js';

const TSC = path.join(REPO_ROOT, 'node_modules/typescript/bin/tsc');
let copy: string;

function build(project: string): { status: number | null; output: string } {
    const run = spawnSync(process.execPath, [TSC, '-b', project], { cwd: copy, encoding: 'utf-8' });
    return { status: run.status, output: run.stdout + run.stderr };
}

function addImport(file: string, specifier: string): void {
    const target = path.join(copy, file);
    fs.writeFileSync(target, `import '${specifier}';\n${fs.readFileSync(target, 'utf8')}`);
}

beforeAll(() => {
    copy = fs.mkdtempSync(path.join(os.tmpdir(), 'ece-architecture-'));
    for (const part of ['tsconfig.json', 'package.json', 'language', 'report', 'cli', 'server', 'client']) {
        fs.cpSync(path.join(REPO_ROOT, part), path.join(copy, part), { recursive: true });
    }
    fs.symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
});

afterAll(() => fs.rmSync(copy, { recursive: true, force: true }));

describe('the direction of imports', () => {
    it('builds as it is', () => {
        const result = build('tsconfig.json');
        expect(result.output).toBe('');
        expect(result.status).toBe(0);
    }, 120_000);

    it.each([
        ['the engine imports a presenter', 'language/engine/sizing.ts', '../../report/format.js', 'language'],
        ['the report imports the CLI', 'report/format.ts', '../cli/errors.js', 'report'],
        ['the client imports the engine', 'client/status-bar.ts', '../language/engine/sizing.js', 'client'],
        ['the protocol imports the server', 'server/protocol/custom-protocol.ts', '../custom-requests.js', 'server/protocol'],
    ])('fails the build when %s', (_what, file, specifier, project) => {
        const original = fs.readFileSync(path.join(copy, file), 'utf8');
        addImport(file, specifier);
        try {
            const result = build(`${project}/tsconfig.json`);
            expect(result.status).not.toBe(0);
            expect(result.output).toMatch(/error TS6307: File '.*' is not listed within the file list of project/);
            expect(result.output).toContain(file.replace(/\.ts$/, ''));
        } finally {
            fs.writeFileSync(path.join(copy, file), original);
        }
    }, 120_000);
});

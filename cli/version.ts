import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/** The folder of the package's own package.json (the repository, or the installed extension), found walking up from this file. */
export function packageRoot(): string {
    root ??= findPackageRoot();
    return root;
}

function findPackageRoot(): string {
    let folder = path.dirname(fileURLToPath(import.meta.url));
    for (;;) {
        const candidate = path.join(folder, 'package.json');
        if (fs.existsSync(candidate)) {
            const manifest = JSON.parse(fs.readFileSync(candidate, 'utf-8')) as { name?: string };
            if (manifest.name === 'ece-design-as-code') return folder;
        }
        const parent = path.dirname(folder);
        if (parent === folder) return folder;
        folder = parent;
    }
}

/** The package's version, read from its package.json so that `--version` never drifts. */
function readVersion(): string {
    try {
        const manifest = JSON.parse(fs.readFileSync(path.join(packageRoot(), 'package.json'), 'utf-8')) as { name?: string; version?: string };
        return manifest.name === 'ece-design-as-code' && manifest.version ? manifest.version : '0.0.0';
    } catch {
        return '0.0.0';
    }
}

export const VERSION = readVersion();

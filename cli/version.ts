import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package's version, read from the nearest package.json so that `--version` never drifts. */
function readVersion(): string {
    let folder = path.dirname(fileURLToPath(import.meta.url));
    for (;;) {
        const candidate = path.join(folder, 'package.json');
        if (fs.existsSync(candidate)) {
            const manifest = JSON.parse(fs.readFileSync(candidate, 'utf-8')) as { name?: string; version?: string };
            if (manifest.name === 'ece-design-as-code' && manifest.version) return manifest.version;
        }
        const parent = path.dirname(folder);
        if (parent === folder) return '0.0.0';
        folder = parent;
    }
}

export const VERSION = readVersion();

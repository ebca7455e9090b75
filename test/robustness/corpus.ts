/** The deployments property tests start from: every folder of the examples and the rule fixtures. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../helpers/check-folder.js';

export interface CorpusFolder {
    /** The folder relative to the repository, e.g. `examples/mistakes`. */
    name: string;
    /** File name → text. */
    files: Record<string, string>;
}

/** Every folder holding `.ece` files under examples/ and test/fixtures/rules/, sorted by name. */
export function corpusFolders(): CorpusFolder[] {
    const folders: string[] = [];
    const visit = (dir: string) => {
        if (!fs.existsSync(dir)) return;
        const entries = fs.readdirSync(dir, { withFileTypes: true });
        if (entries.some(e => e.isFile() && e.name.endsWith('.ece'))) folders.push(dir);
        for (const e of entries) if (e.isDirectory()) visit(path.join(dir, e.name));
    };
    visit(path.join(REPO_ROOT, 'examples'));
    visit(path.join(REPO_ROOT, 'test/fixtures/rules'));
    return folders.sort().map(folder => ({
        name: path.relative(REPO_ROOT, folder),
        files: Object.fromEntries(fs.readdirSync(folder).filter(f => f.endsWith('.ece')).sort()
            .map(f => [f, fs.readFileSync(path.join(folder, f), 'utf-8')])),
    }));
}

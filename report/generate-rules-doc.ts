/**
 * Writes docs/rules.md and docs/ece.config.schema.json from the rules' metadata
 * (`npm run docs:rules`, part of `npm run build`). Run from the compiled out/ tree:
 *   node out/report/generate-rules-doc.js [repository root]
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { allRuleDescriptors } from '../language/rules/catalogue.js';
import { CONFIG_SCHEMA_PATH, renderConfigSchema, renderRulesDoc, RULES_DOC_PATH } from './rules-doc.js';

/** The repository root: the nearest folder above this script holding package.json. */
function repositoryRoot(): string {
    let folder = path.dirname(fileURLToPath(import.meta.url));
    while (!fs.existsSync(path.join(folder, 'package.json'))) {
        const parent = path.dirname(folder);
        if (parent === folder) throw new Error('No package.json above this script.');
        folder = parent;
    }
    return folder;
}

const root = process.argv[2] ? path.resolve(process.argv[2]) : repositoryRoot();
const descriptors = allRuleDescriptors();
for (const [file, text] of [[RULES_DOC_PATH, renderRulesDoc(descriptors)], [CONFIG_SCHEMA_PATH, renderConfigSchema(descriptors)]] as const) {
    const target = path.join(root, file);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const unchanged = fs.existsSync(target) && fs.readFileSync(target, 'utf8') === text;
    if (!unchanged) fs.writeFileSync(target, text);
    console.log(`${unchanged ? 'unchanged' : 'wrote'} ${file} (${descriptors.length} rule ids)`);
}

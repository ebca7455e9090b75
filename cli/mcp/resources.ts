/**
 * The references an agent reads before it writes `.ece`: the rules reference (rendered from the rules
 * themselves, as docs/rules.md is), the language reference and the guide for agents (read from the
 * package's docs/ folder when asked).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { allRuleDescriptors } from '../../language/rules/catalogue.js';
import { renderRulesDoc } from '../../report/rules-doc.js';
import { packageRoot } from '../version.js';

interface Reference {
    name: string;
    uri: string;
    title: string;
    description: string;
    text(): string;
}

const docs = (file: string) => () => fs.readFileSync(path.join(packageRoot(), 'docs', file), 'utf8');

export const REFERENCES: readonly Reference[] = [
    {
        name: 'ai-guide', uri: 'ece://docs/ai', title: 'Writing .ece: a guide for agents',
        description: 'How to write a valid .ece deployment, and how to use these tools (what-if included). Read it before writing .ece.',
        text: docs('ai.md'),
    },
    {
        name: 'language', uri: 'ece://docs/language', title: 'The .ece language reference',
        description: 'Every block and statement of the .ece language, with the guide\'s reasons for each.',
        text: docs('language.md'),
    },
    {
        name: 'rules', uri: 'ece://docs/rules', title: 'The rules reference',
        description: 'Every rule id the checker reports: what it checks, why, an example, its fix; and how to configure or suppress it.',
        text: () => renderRulesDoc(allRuleDescriptors()),
    },
];

export function registerResources(server: McpServer): void {
    for (const reference of REFERENCES) {
        server.registerResource(reference.name, reference.uri, {
            title: reference.title, description: reference.description, mimeType: 'text/markdown',
        }, uri => ({ contents: [{ uri: uri.href, mimeType: 'text/markdown', text: reference.text() }] }));
    }
}

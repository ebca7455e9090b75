import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { checkText } from '../helpers/check-folder.js';

interface Snippet {
    prefix: string;
    description: string;
    body: string[];
}

/** Expands a snippet as a user who accepts every default would: the first choice, each placeholder's default. */
function expand(body: string[]): string {
    const defaults = new Map<string, string>();
    return body.join('\n')
        .replace(/\$\{(\d+)\|([^,|}]*)[^}]*\|\}/g, (_, n: string, first: string) => remember(defaults, n, first))
        .replace(/\$\{(\d+):([^}]*)\}/g, (_, n: string, value: string) => remember(defaults, n, value))
        .replace(/\$\{(\d+)\}|\$(\d+)/g, (_, a: string | undefined, b: string | undefined) => defaults.get(a ?? b ?? '') ?? '');
}

function remember(defaults: Map<string, string>, n: string, value: string): string {
    defaults.set(n, value);
    return value;
}

const snippets = JSON.parse(await readFile(new URL('../../client/snippets.json', import.meta.url), 'utf8')) as Record<string, Snippet>;

describe('the extension snippets', () => {
    it('cover every top-level block of the language', () => {
        const prefixes = Object.values(snippets).map(s => s.prefix).sort();
        expect(prefixes).toEqual([
            'agent', 'department', 'deployment', 'load balancer', 'load profile', 'mrd', 'network', 'precision queue',
            'queue', 'script selector', 'security', 'server', 'skill group',
        ]);
    });

    for (const [name, snippet] of Object.entries(snippets)) {
        it(`"${name}" expands with its defaults to text the parser accepts`, async () => {
            const text = expand(snippet.body);
            expect(text).not.toMatch(/\$/);
            const file = snippet.prefix === 'deployment' ? text
                : `deployment Snippet_Test\n${snippet.prefix === 'queue' ? `department D {\n${text}\n}` : text}`;
            const checked = await checkText(file);
            const broken = checked.diagnostics.filter(d => String(d.code).startsWith('syntax/'));
            expect(broken.map(d => `${d.code}: ${d.message}`)).toEqual([]);
        });
    }

    it('"Department with a queue" names the queue <MRD>_<ScriptSelector> from the same placeholders', () => {
        expect(expand(snippets['Department with a queue'].body)).toContain('queue Email_MRD_Script_Selector {\n        mrd Email_MRD\n        script selector Script_Selector');
    });
});

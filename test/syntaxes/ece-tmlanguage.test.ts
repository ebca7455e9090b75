import { readdir, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { scopesOf, tokenize, type Token } from './tokenize.js';

const ROOT = new URL('../../', import.meta.url);

async function exampleFiles(): Promise<{ path: string; text: string }[]> {
    const examples = new URL('examples/', ROOT);
    const files: { path: string; text: string }[] = [];
    for (const folder of (await readdir(examples, { withFileTypes: true })).filter(d => d.isDirectory())) {
        for (const file of (await readdir(new URL(`${folder.name}/`, examples))).filter(f => f.endsWith('.ece')).sort()) {
            const path = `examples/${folder.name}/${file}`;
            files.push({ path, text: await readFile(new URL(path, ROOT), 'utf8') });
        }
    }
    return files;
}

/** The grammar's keywords, read from ece.langium itself so the colouring cannot fall behind it. */
async function langiumKeywords(): Promise<string[]> {
    const grammar = await readFile(new URL('language/ece.langium', ROOT), 'utf8');
    const code = grammar.replace(/\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '');
    const words = [...code.matchAll(/'([^']+)'/g)].map(m => m[1]).filter(w => /^[A-Za-z]/.test(w));
    return [...new Set(words)].sort();
}

function innermost(token: Token): string {
    return token.scopes[token.scopes.length - 1];
}

describe('the ECE TextMate grammar', () => {
    it('gives every word, number and mark of every example a scope of its own', async () => {
        const files = await exampleFiles();
        expect(files.length).toBeGreaterThanOrEqual(4);
        for (const { path, text } of files) {
            const bare = (await tokenize(text))
                .filter(t => t.text.trim() !== '' && innermost(t) === 'source.ece')
                .map(t => `${path}:${t.line + 1}: '${t.text}'`);
            expect(bare, `text left uncoloured in ${path}`).toEqual([]);
        }
    });

    it('colours every keyword of ece.langium as a keyword, a declaration, a value or a unit', async () => {
        const keywords = await langiumKeywords();
        expect(keywords).toContain('deployment');
        expect(keywords).toContain('non-interruptible');
        for (const keyword of keywords) {
            // Inside a block, where every statement keyword lives; declarations are checked below.
            const scopes = scopesOf(await tokenize(`x { ${keyword} }`), keyword);
            expect(scopes, keyword).toHaveLength(1);
            expect(scopes[0], keyword).toMatch(/^(keyword\.other|storage\.type|constant\.language|keyword\.other\.unit)\.ece$/);
        }
    });

    it('names the declared object after each declaration keyword, one scope per kind', async () => {
        const declarations: [string, string][] = [
            ['deployment Prod', 'deployment'], ['mrd Email_MRD', 'mrd'], ['peripheral NA', 'peripheral'],
            ['skill group Sales_NA', 'skill-group'], ['precision queue PQ_1', 'precision-queue'], ['agent Clark', 'agent'],
            ['script selector Sales_Script', 'script-selector'], ['department Sales', 'department'],
            ['server ECE_WEB_1', 'server'], ['load balancer ECE_LB', 'load-balancer'],
        ];
        for (const [text, kind] of declarations) {
            const tokens = await tokenize(`${text} {\n}`);
            const name = text.split(' ').at(-1) ?? '';
            expect(scopesOf(tokens, name), text).toEqual([`entity.name.type.${kind}.ece`]);
            for (const word of text.split(' ').slice(0, -1)) expect(scopesOf(tokens, word), text).toEqual(['storage.type.ece']);
        }
        const queue = await tokenize('department Sales {\n    queue Email_MRD_Sales {\n        mrd Email_MRD\n    }\n}');
        expect(scopesOf(queue, 'Email_MRD_Sales')).toEqual(['entity.name.type.queue.ece']);
        expect(scopesOf(queue, 'queue')).toEqual(['storage.type.ece']);
    });

    it('tells references inside a block from declarations at the top level', async () => {
        const tokens = await tokenize('skill group Sales_NA { peripheral NA_Peripheral    mrd Email_MRD }\nperipheral NA_Peripheral');
        expect(scopesOf(tokens, 'NA_Peripheral')).toEqual(['variable.other.reference.ece', 'entity.name.type.peripheral.ece']);
        expect(scopesOf(tokens, 'peripheral')).toEqual(['keyword.other.ece', 'storage.type.ece']);
        expect(scopesOf(tokens, 'Email_MRD')).toEqual(['variable.other.reference.ece']);
        const list = await tokenize('agent Clark { skill groups Domestic_Sales_NA, Global_Sales_NA }');
        expect(scopesOf(list, 'Domestic_Sales_NA')).toEqual(['variable.other.reference.ece']);
        expect(scopesOf(list, ',')).toEqual(['punctuation.separator.comma.ece']);
        expect(scopesOf(list, '{')).toEqual(['punctuation.section.block.begin.ece']);
    });

    it('colours numbers, numbers with units and grouped thousands', async () => {
        const tokens = await tokenize('load profile {\n    incoming emails 40,000 per month\n    average email size 12 KB\n    email 8 agents at 9 emails per hour\n}\nserver S { disk 1.5 TB }\nnetwork { login bandwidth 512 kbps per agent }');
        expect(scopesOf(tokens, '40,000')).toEqual(['constant.numeric.ece']);
        expect(scopesOf(tokens, '12')).toEqual(['constant.numeric.ece']);
        expect(scopesOf(tokens, 'KB')).toEqual(['keyword.other.unit.ece']);
        expect(scopesOf(tokens, '1.5')).toEqual(['constant.numeric.ece']);
        expect(scopesOf(tokens, 'TB')).toEqual(['keyword.other.unit.ece']);
        expect(scopesOf(tokens, 'kbps')).toEqual(['keyword.other.unit.ece']);
        expect(scopesOf(tokens, '8')).toEqual(['constant.numeric.ece']);
    });

    it('colours enum values as values, even where the same word is a keyword elsewhere', async () => {
        const tokens = await tokenize('mrd M {\n    channel inbound email\n    non-interruptible\n}\nload profile { email 8 agents  current database size 4 GB }\nserver S { roles web, database }\nsecurity { file server ports blocked }');
        expect(scopesOf(tokens, 'email')).toEqual(['constant.language.ece', 'keyword.other.ece']);
        expect(scopesOf(tokens, 'inbound')).toEqual(['constant.language.ece']);
        expect(scopesOf(tokens, 'non-interruptible')).toEqual(['constant.language.ece']);
        expect(scopesOf(tokens, 'database')).toEqual(['keyword.other.ece', 'constant.language.ece']);
        expect(scopesOf(tokens, 'file')).toEqual(['keyword.other.ece']);
        expect(scopesOf(tokens, 'blocked')).toEqual(['constant.language.ece']);
    });

    it('colours comments and strings, and nothing inside them as code', async () => {
        const tokens = await tokenize('// deployment X { }\ndeployment D {\n    description "an \\"ECE\\" lab" /* mrd M\n  still a comment */\n}');
        expect(tokens.filter(t => t.line === 0).map(innermost)).toEqual(['punctuation.definition.comment.ece', 'comment.line.double-slash.ece']);
        const quoted = tokens.filter(t => t.scopes.includes('string.quoted.double.ece')).map(t => t.text).join('');
        expect(quoted).toBe('"an \\"ECE\\" lab"');
        expect(scopesOf(tokens, '\\"')).toEqual(['constant.character.escape.ece', 'constant.character.escape.ece']);
        const commented = tokens.filter(t => t.scopes.includes('comment.block.ece')).map(t => t.text).join('');
        expect(commented).toBe('/* mrd M  still a comment */');
        expect(scopesOf(tokens, '}').at(-1)).toBe('punctuation.section.block.end.ece');
    });

    it('does not take a hyphenated or underscored name for the keyword it starts with', async () => {
        const tokens = await tokenize('agent A { skill groups web-team, email_sales, interruptible-pool }');
        expect(scopesOf(tokens, 'web-team')).toEqual(['variable.other.reference.ece']);
        expect(scopesOf(tokens, 'email_sales')).toEqual(['variable.other.reference.ece']);
        expect(scopesOf(tokens, 'interruptible-pool')).toEqual(['variable.other.reference.ece']);
    });
});

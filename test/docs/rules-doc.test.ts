import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRuleDescriptors } from '../../language/rules/catalogue.js';
import { headingSlug } from '../../language/rules/rule.js';
import { CONFIG_SCHEMA_PATH, renderConfigSchema, renderRulesDoc, RULES_DOC_PATH, SUPPRESSION_EXAMPLE } from '../../report/rules-doc.js';
import { checkText, REPO_ROOT } from '../helpers/check-folder.js';

const STALE = 'is stale: run `npm run docs:rules` (or `npm run build`) and commit the result';

function read(file: string): string {
    const target = path.join(REPO_ROOT, file);
    expect(fs.existsSync(target), `${file} is missing: run \`npm run docs:rules\``).toBe(true);
    return fs.readFileSync(target, 'utf8');
}

/** The anchors GitHub gives the headings of a Markdown text, repeated slugs numbered as github-slugger does. */
function headingAnchors(markdown: string): string[] {
    const seen = new Map<string, number>();
    const anchors: string[] = [];
    let inCode = false;
    for (const line of markdown.split('\n')) {
        if (line.startsWith('```')) inCode = !inCode;
        const heading = !inCode && /^#{1,6} (.*)$/.exec(line);
        if (!heading) continue;
        const slug = headingSlug(heading[1]);
        const count = seen.get(slug) ?? 0;
        seen.set(slug, count + 1);
        anchors.push(count === 0 ? slug : `${slug}-${count}`);
    }
    return anchors;
}

describe('docs/rules.md', () => {
    it(`is what the rules' metadata renders (else it ${STALE})`, () => {
        expect(read(RULES_DOC_PATH) === renderRulesDoc(allRuleDescriptors()), `${RULES_DOC_PATH} ${STALE}`).toBe(true);
    });

    it('has a heading for every rule id whose anchor is the rule\'s documentation URL, and no repeated anchor', () => {
        const anchors = headingAnchors(read(RULES_DOC_PATH));
        expect(anchors.filter(a => /-\d+$/.test(a) && anchors.includes(a.replace(/-\d+$/, '')))).toEqual([]);
        for (const d of allRuleDescriptors()) {
            expect(anchors, d.id).toContain(new URL(d.url).hash.slice(1));
        }
        expect(anchors).toContain('configuring-severities');
        expect(anchors).toContain('suppressing-a-diagnostic');
    });

    it('links only to anchors it has', () => {
        const doc = read(RULES_DOC_PATH);
        const anchors = new Set(headingAnchors(doc));
        const links = [...doc.matchAll(/\]\(#([^)]+)\)/g)].map(m => m[1]);
        expect(links.length).toBeGreaterThan(allRuleDescriptors().length);
        expect(links.filter(l => !anchors.has(l))).toEqual([]);
    });

    it('gives each rule its default severity, what it checks, why, its example and its fix', () => {
        const doc = read(RULES_DOC_PATH);
        for (const d of allRuleDescriptors()) {
            const start = doc.indexOf(`### \`${d.id}\`\n`);
            expect(start, d.id).toBeGreaterThanOrEqual(0);
            const next = doc.indexOf('\n#', start + 4);
            const section = doc.slice(start, next < 0 ? undefined : next);
            expect(section).toContain(`**Default severity:** ${d.defaultSeverity}`);
            expect(section).toContain(d.docs.summary);
            expect(section).toContain(d.docs.rationale);
            expect(section).toContain(d.docs.guideSection);
            if (d.docs.example) expect(section).toContain(`\`\`\`ece\n${d.docs.example}\n\`\`\``);
            if (d.docs.fix) expect(section).toContain(`**Fix.** ${d.docs.fix}`);
        }
    });

    it.each(allRuleDescriptors().filter(d => d.docs.example).map(d => [d.id, d.docs.example ?? ''] as const))(
        'shows an example on which %s fires', async (id, example) => {
            const { codes } = await checkText(example);
            expect(codes).toContain(id);
        });
});

describe('the reference\'s suppression example', () => {
    it('suppresses routing/queue-naming on the queue, which fires without the comment', async () => {
        const withComment = await checkText(SUPPRESSION_EXAMPLE);
        expect(withComment.codes.filter(c => c === 'routing/queue-naming' || c.startsWith('suppression/'))).toEqual([]);
        const without = await checkText(SUPPRESSION_EXAMPLE.split('\n').filter(l => !l.includes('ece-ignore-next-line')).join('\n'));
        expect(without.codes).toContain('routing/queue-naming');
    });
});

describe('docs/ece.config.schema.json', () => {
    it(`is what the rules' metadata renders (else it ${STALE})`, () => {
        expect(read(CONFIG_SCHEMA_PATH) === renderConfigSchema(allRuleDescriptors()), `${CONFIG_SCHEMA_PATH} ${STALE}`).toBe(true);
    });

    it('lists every configurable rule id with the five severity settings, and no syntax id', () => {
        const schema = JSON.parse(read(CONFIG_SCHEMA_PATH));
        const rules = schema.properties.rules;
        expect(rules.additionalProperties).toBe(false);
        expect(Object.keys(rules.properties)).toEqual(allRuleDescriptors().filter(d => d.configurable).map(d => d.id));
        expect(Object.keys(rules.properties).filter(id => id.startsWith('syntax/'))).toEqual([]);
        expect(rules.properties['routing/queue-naming'].enum).toEqual(['error', 'warning', 'info', 'hint', 'off']);
        expect(schema.properties.planningHorizonMonths).toMatchObject({ type: 'integer', minimum: 1, maximum: 600, default: 36 });
    });
});

/** SARIF's rule names and relative URIs, as plain data. */
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { relativeUri, ruleName } from '../../cli/output/sarif.js';
import { allRuleDescriptors } from '../../language/rules/catalogue.js';

describe('ruleName', () => {
    it('is the id in PascalCase, distinct from the id and from every other rule\'s name', () => {
        expect(ruleName('routing/queue-naming')).toBe('RoutingQueueNaming');
        expect(ruleName('sizing/agents-per-application-server')).toBe('SizingAgentsPerApplicationServer');
        const names = allRuleDescriptors().map(d => ruleName(d.id));
        expect(new Set(names).size).toBe(names.length);
        expect(allRuleDescriptors().filter(d => ruleName(d.id) === d.id)).toEqual([]);
    });
});

describe('relativeUri', () => {
    it.each([
        ['site/main.ece', 'site/main.ece'],
        ['my site/50% #1?.ece', 'my%20site/50%25%20%231%3F.ece'],
        ['a:b/c.ece', 'a%3Ab/c.ece'],
        ['ünïcode/é.ece', '%C3%BCn%C3%AFcode/%C3%A9.ece'],
    ])('%s → %s', (relative, uri) => expect(relativeUri('/repo', path.join('/repo', relative))).toBe(uri));

    it('is undefined outside the root', () => {
        expect(relativeUri('/repo', '/elsewhere/main.ece')).toBeUndefined();
        expect(relativeUri('/repo', '/repo')).toBeUndefined();
    });
});

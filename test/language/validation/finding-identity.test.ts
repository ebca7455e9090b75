/** A finding's identity (rule, object, message key) and the baseline file, as plain data and one parsed document. */
import { EmptyFileSystem, URI } from 'langium';
import { describe, expect, it } from 'vitest';
import { createEceCoreServices } from '../../../language/ece-module.js';
import { BaselineError, parseBaseline, serializeBaseline } from '../../../language/validation/baseline.js';
import { findingObject, identityKey, matchKnown, messageKey } from '../../../language/validation/finding-identity.js';

describe('messageKey', () => {
    it.each([
        ['627 standardized agents on 1 application server; 2 are needed.', '# standardized agents on # application server; # are needed.'],
        ['Incoming email 120,000 per month exceeds 110,000.5', 'Incoming email # per month exceeds #'],
        ['Database server ECE_APP_1 is not configured with Always On.', 'Database server ECE_APP_1 is not configured with Always On.'],
        ['The 1500-agent configuration needs 5 web servers.', 'The #-agent configuration needs # web servers.'],
    ])('%s', (message, key) => expect(messageKey(message)).toBe(key));
});

describe('matchKnown', () => {
    it('matches as multisets, in order, and returns what is left over', () => {
        const known = new Map([['a', 2], ['b', 1], ['gone', 3]]);
        const { known: matched, absent } = matchKnown(['a', 'b', 'a', 'a', 'c'], known);
        expect(matched).toEqual([true, true, true, false, false]);
        expect([...absent]).toEqual([['gone', 3]]);
    });
});

describe('the baseline file', () => {
    it('counts equal identities, sorts its entries, and reads back what it wrote', () => {
        const finding = { folder: 'site', rule: 'routing/queue-naming', object: 'Department Sales/Queue Q', message: 'Queue Q …' };
        const text = serializeBaseline([finding, { ...finding, folder: 'lab' }, finding]);
        expect(JSON.parse(text)).toEqual({ version: 1, findings: [{ ...finding, folder: 'lab', count: 1 }, { ...finding, count: 2 }] });
        expect(parseBaseline(text, 'b.json')).toEqual(new Map([[identityKey('lab', finding), 1], [identityKey('site', finding), 2]]));
    });

    it.each([
        ['not JSON', 'b.json: not a baseline: '],
        ['{ "version": 2, "findings": [] }', 'b.json: not a baseline of version 1'],
        ['{ "version": 1, "findings": [{ "rule": "x" }] }', 'b.json: an entry lacks its folder, rule, object, message or count'],
    ])('refuses %s', (text, message) => {
        expect(() => parseBaseline(text, 'b.json')).toThrow(BaselineError);
        expect(() => parseBaseline(text, 'b.json')).toThrow(message);
    });
});

describe('findingObject', () => {
    it('names the chain of declarations around a position, or the file', async () => {
        const { shared } = createEceCoreServices(EmptyFileSystem);
        const text = 'department Sales {\n    queue Sales_Queue {\n        mrd Email_MRD\n    }\n}\n\n// nothing here\n';
        const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse('file:///memory/site/main.ece'));
        shared.workspace.LangiumDocuments.addDocument(document);
        await shared.workspace.DocumentBuilder.build([document]);
        expect(findingObject(document, { line: 2, character: 12 })).toBe('Department Sales/Queue Sales_Queue');
        expect(findingObject(document, { line: 0, character: 12 })).toBe('Department Sales');
        expect(findingObject(document, { line: 6, character: 5 })).toBe('File main.ece');
    });
});

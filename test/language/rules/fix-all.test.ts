/** Which fixes apply together: whole fixes whose edits neither overlap nor touch those already taken. */
import { describe, expect, it } from 'vitest';
import { compatibleFixes, groupFixEdits } from '../../../language/rules/fix-all.js';
import type { Fix } from '../../../language/rules/rule.js';

const at = (line: number, from: number, to = from) => ({ start: { line, character: from }, end: { line, character: to } });
const fix = (title: string, ...edits: [string, ReturnType<typeof at>, string][]): Fix => ({
    title, edits: edits.map(([uri, range, newText]) => ({ uri, range, newText })),
});

describe('compatibleFixes', () => {
    it('takes whole fixes and leaves those that overlap, touch or insert at the same place for the next round', () => {
        const addServer = fix('add ECE_APP_2', ['a', at(40, 0), 'server ECE_APP_2 {}\n']);
        const addServers = fix('add ECE_APP_2..5', ['a', at(40, 0), 'server ECE_APP_2 {}\nserver ECE_APP_3 {}\n']);
        const rename = fix('rename', ['a', at(3, 4, 10), 'Q'], ['b', at(7, 0, 6), 'Q']);
        const touching = fix('touching', ['a', at(3, 10, 12), '']);
        const elsewhere = fix('elsewhere', ['b', at(3, 4, 10), 'x']);
        expect(compatibleFixes([addServer, addServers, rename, touching, elsewhere]).map(f => f.title)).toEqual(['add ECE_APP_2', 'rename', 'elsewhere']);
    });

    it('groups the edits by file', () => {
        const edits = compatibleFixes([fix('one', ['a', at(1, 0, 2), 'x'], ['b', at(2, 0), 'y'])]).flatMap(f => f.edits);
        expect(groupFixEdits(edits)).toEqual({ a: [{ range: at(1, 0, 2), newText: 'x' }], b: [{ range: at(2, 0), newText: 'y' }] });
    });
});

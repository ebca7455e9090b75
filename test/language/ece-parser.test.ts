import { CstUtils, isLeafCstNode, URI } from 'langium';
import { describe, expect, it } from 'vitest';
import { InMemoryChecker } from '../helpers/in-memory.js';

const checker = new InMemoryChecker();

function leavesInOrder(text: string): string[] {
    const document = checker.services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse('file:///memory/parser/main.ece'));
    const root = document.parseResult.value.$cstNode!.root;
    const leaves = CstUtils.streamCst(root).filter(isLeafCstNode).toArray();
    const offsets = leaves.map(l => l.offset);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
    return leaves.map(l => l.text);
}

describe('the parser\'s concrete syntax tree', () => {
    it('keeps every comment, in document order, around the tokens', () => {
        const text = '// lead\nmrd /* a */ X { channel /* b */ chat } // c\n/* d */ agent Y // e\n/* tail */';
        expect(leavesInOrder(text)).toEqual([
            '// lead', 'mrd', '/* a */', 'X', '{', 'channel', '/* b */', 'chat', '}', '// c', '/* d */', 'agent', 'Y', '// e', '/* tail */',
        ]);
    });

    it('keeps comments of a file that holds only comments', () => {
        expect(leavesInOrder('// only\n/* comments */')).toEqual(['// only', '/* comments */']);
    });
});

/**
 * The lexer (ece-lexer.ts) must give Chevrotain's tokens, but for the lines and columns it leaves out,
 * and its errors, on every example and on broken text. (The positions it gives the parser's errors
 * are compared in compact-arrays.test.ts.)
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DefaultLexer, EmptyFileSystem, type LexerResult } from 'langium';
import type { IToken } from 'chevrotain';
import { describe, expect, it } from 'vitest';
import { createEceCoreServices } from '../../../language/ece-module.js';
import { EceLexer } from '../../../language/langium-overrides/ece-lexer.js';
import { REPO_ROOT } from '../../helpers/check-folder.js';

const { Ece } = createEceCoreServices(EmptyFileSystem);
// Its own token types: the same but for their indexes, so tokens are compared by their type's name.
const chevrotains = new DefaultLexer(Ece);

function plain(token: IToken): Record<string, unknown> {
    expect(token.tokenTypeIdx).toBe(token.tokenType.tokenTypeIdx);
    return { image: token.image, startOffset: token.startOffset, endOffset: token.endOffset, tokenType: token.tokenType.name };
}

function expectSame(ours: LexerResult, theirs: LexerResult): void {
    expect(ours.tokens.map(plain)).toEqual(theirs.tokens.map(plain));
    expect(ours.hidden.map(plain)).toEqual(theirs.hidden.map(plain));
    expect(ours.errors).toEqual(theirs.errors);
}

const EXAMPLES = path.join(REPO_ROOT, 'examples');
const files = fs.readdirSync(EXAMPLES, { recursive: true, encoding: 'utf8' })
    .filter(f => f.endsWith('.ece'))
    .map(f => path.join('examples', f));

describe('the lexer', () => {
    it('is ours', () => {
        expect(Ece.parser.Lexer).toBeInstanceOf(EceLexer);
    });

    it.each([...files, 'bench/fixtures/realistic-max/deployment.ece'].map(f => [f]))('gives Chevrotain\'s tokens for %s', file => {
        const text = fs.readFileSync(path.join(REPO_ROOT, file), 'utf8');
        expectSame(Ece.parser.Lexer.tokenize(text), chevrotains.tokenize(text));
    });

    it('gives Chevrotain\'s tokens and errors for broken text', () => {
        const text = 'mrd X { channel chat }\n/* unterminated\nagent ~ Y § {\r\n skill groups "A\r§§ \u{1F600}~\n';
        expectSame(Ece.parser.Lexer.tokenize(text), chevrotains.tokenize(text));
    });
});

/**
 * Chevrotain creates every token as an object literal with the same keys in the same order as its
 * end-of-file token, whose positions are NaN, so V8 gives them one hidden class whose position fields
 * hold doubles: each of a token's six positions was a separate 16-byte heap number (a token took
 * about 190 bytes). A 50,000-object file lexes into 460,000 tokens, all alive while it is parsed.
 * Every CST leaf copied its offset from a token and so held a heap number too (7 MB on 50,000 objects).
 *
 * Here the lexer tracks offsets only, and creates tokens with a key order of their own, whose offsets
 * stay small integers (64 bytes a token). Lines and columns, which Langium reads only from the tokens
 * of errors (diagnostics, the formatter's refusal), are given to those tokens after the parse
 * (`withErrorPositions`), as Chevrotain computes them.
 */
import { DefaultLexer, type LangiumCoreServices, type LexerResult, type TokenizeOptions } from 'langium';
import { Lexer, type ILexingError, type IRecognitionException, type IToken, type TokenType } from 'chevrotain';

/** Chevrotain's `Lexer.createTokenInstance`, chosen in its constructor from `positionTracking`. */
interface LexerInternals {
    createTokenInstance(image: string, startOffset: number, tokenTypeIdx: number, tokenType: TokenType): IToken;
}

/** Chevrotain's `createOffsetOnlyToken` with `endOffset`, which Langium's completion reads; `tokenType` first gives the object its own hidden class. */
function createToken(image: string, startOffset: number, tokenTypeIdx: number, tokenType: TokenType): IToken {
    return { tokenType, tokenTypeIdx, image, startOffset, endOffset: startOffset + image.length - 1 };
}

export class EceLexer extends DefaultLexer {
    constructor(services: LangiumCoreServices) {
        super(services);
        // DefaultLexer's own lexer, built again tracking offsets only, on the same token types.
        this.chevrotainLexer = new Lexer(Object.values(this.tokenTypes), {
            positionTracking: 'onlyOffset',
            skipValidations: services.LanguageMetaData.mode === 'production',
            errorMessageProvider: this.errorMessageProvider,
        });
        (this.chevrotainLexer as Lexer & LexerInternals).createTokenInstance = createToken;
    }

    override tokenize(text: string, options?: TokenizeOptions): LexerResult {
        const result = super.tokenize(text, options);
        if (result.errors.length > 0) {
            const lines = new LineStarts(text);
            for (const error of result.errors) positionError(error, lines);
        }
        return result;
    }
}

/** Where each line starts: a line ends at `\n`, `\r\n` or a lone `\r`, as Chevrotain counts them. */
class LineStarts {
    private readonly starts: number[] = [0];

    constructor(text: string) {
        for (let i = 0; i < text.length; i++) {
            const c = text.charCodeAt(i);
            if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) this.starts.push(i + 1);
        }
    }

    /** 1-based line and column of an offset, as Chevrotain's `full` position tracking gives them. */
    position(offset: number): { line: number; column: number } {
        let low = 0;
        let high = this.starts.length - 1;
        while (low < high) {
            const mid = (low + high + 1) >> 1;
            if (this.starts[mid] <= offset) low = mid;
            else high = mid - 1;
        }
        return { line: low + 1, column: offset - this.starts[low] + 1 };
    }
}

function positionError(error: ILexingError, lines: LineStarts): void {
    const { line, column } = lines.position(error.offset);
    error.line = line;
    error.column = column;
}

/**
 * A token of the token vector as Chevrotain's `full` tracking creates it: such a token never spans a
 * line break (whitespace and comments, which may, are hidden and in no error), so it ends on its line.
 * Tokens inserted by error recovery keep their NaN positions.
 */
function positionToken(token: IToken | undefined, lines: LineStarts): void {
    if (!token || Number.isNaN(token.startOffset) || token.startLine !== undefined) return;
    const { line, column } = lines.position(token.startOffset);
    token.startLine = line;
    token.startColumn = column;
    token.endLine = line;
    token.endColumn = column + token.image.length - 1;
}

/** Gives the tokens of the parser's errors the lines and columns that Langium's diagnostics and formatter read. */
export function withErrorPositions(text: string, errors: readonly IRecognitionException[]): void {
    if (errors.length === 0) return;
    const lines = new LineStarts(text);
    for (const error of errors) {
        positionToken(error.token, lines);
        positionToken((error as IRecognitionException & { previousToken?: IToken }).previousToken, lines);
        for (const token of error.resyncedTokens ?? []) positionToken(token, lines);
    }
}

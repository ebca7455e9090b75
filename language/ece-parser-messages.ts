import { LangiumParserErrorMessageProvider } from 'langium';
import type { IToken, TokenType } from 'chevrotain';

const TERMINAL_WORDS: Record<string, string> = {
    ID: 'a name', NUMBER: 'a number', STRING: 'a "string"',
    EOF: 'a declaration (deployment, mrd, skill group, agent, department, server…)',
};

function describe(token: TokenType): string {
    const name = token.name.endsWith(':KW') ? token.name.slice(0, -3) : token.name;
    return TERMINAL_WORDS[name] ?? `'${name}'`;
}

function found(actual: IToken): string {
    return actual.image ? `'${actual.image}'` : 'the end of the file';
}

function oneOf(paths: TokenType[][]): string {
    const words = [...new Set(paths.filter(p => p.length > 0).map(p => describe(p[0])))];
    if (words.length <= 1) return words[0] ?? 'something else';
    return `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}

/** One-line parser messages in plain words, so `file:line:column: …` stays one line. */
export class EceParserErrorMessageProvider extends LangiumParserErrorMessageProvider {
    override buildMismatchTokenMessage(options: { expected: TokenType; actual: IToken; previous: IToken; ruleName: string }): string {
        return `Expected ${describe(options.expected)} but found ${found(options.actual)}.`;
    }

    override buildNotAllInputParsedMessage(options: { firstRedundant: IToken; ruleName: string }): string {
        return `Expected ${TERMINAL_WORDS.EOF} but found ${found(options.firstRedundant)}.`;
    }

    override buildNoViableAltMessage(options: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[]; previous: IToken; customUserDescription?: string; ruleName: string }): string {
        return `Expected ${oneOf(options.expectedPathsPerAlt.flat())} but found ${found(options.actual[0])}.`;
    }

    override buildEarlyExitMessage(options: { expectedIterationPaths: TokenType[][]; actual: IToken[]; previous: IToken; customUserDescription?: string; ruleName: string }): string {
        return `Expected ${oneOf(options.expectedIterationPaths)} but found ${found(options.actual[0])}.`;
    }
}

/** Tokenizes text with the extension's TextMate grammar exactly as VS Code does (vscode-textmate + Oniguruma). */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import oniguruma from 'vscode-oniguruma';
import textmate, { type IGrammar, type StateStack } from 'vscode-textmate';

const require = createRequire(import.meta.url);
const ROOT = new URL('../../', import.meta.url);

export interface Token {
    line: number;
    text: string;
    /** The innermost scope first is what themes colour; `scopes` lists them outermost first. */
    scopes: string[];
}

let grammar: Promise<IGrammar> | undefined;

export function loadGrammar(): Promise<IGrammar> {
    grammar ??= (async () => {
        const wasm = await readFile(require.resolve('vscode-oniguruma/release/onig.wasm'));
        await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
        const registry = new textmate.Registry({
            onigLib: Promise.resolve({
                createOnigScanner: patterns => new oniguruma.OnigScanner(patterns),
                createOnigString: text => new oniguruma.OnigString(text),
            }),
            loadGrammar: async scopeName => {
                if (scopeName !== 'source.ece') return null;
                const path = new URL('syntaxes/ece.tmLanguage.json', ROOT);
                return textmate.parseRawGrammar(await readFile(path, 'utf8'), path.pathname);
            },
        });
        const loaded = await registry.loadGrammar('source.ece');
        if (!loaded) throw new Error('source.ece did not load');
        return loaded;
    })();
    return grammar;
}

export async function tokenize(text: string): Promise<Token[]> {
    const ece = await loadGrammar();
    const tokens: Token[] = [];
    let state: StateStack = textmate.INITIAL;
    text.split(/\r?\n/).forEach((line, index) => {
        const result = ece.tokenizeLine(line, state);
        for (const token of result.tokens) {
            tokens.push({ line: index, text: line.slice(token.startIndex, token.endIndex), scopes: token.scopes });
        }
        state = result.ruleStack;
    });
    return tokens;
}

/** The innermost scope of each token whose text is `text` (trimmed), in order. */
export function scopesOf(tokens: Token[], text: string): string[] {
    return tokens.filter(t => t.text.trim() === text).map(t => t.scopes[t.scopes.length - 1]);
}

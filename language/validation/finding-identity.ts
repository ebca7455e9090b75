/**
 * What a finding is, independently of where it is written: its rule, the object it is about, and its
 * message with the figures taken out. A baseline (`ece check --baseline`), the editor's baseline
 * marks, SARIF fingerprints and `ece diff` match findings by this identity, never by line, so that
 * moving code around (or inserting lines above it) does not make an old finding new.
 * Decisions are written in docs/ci.md ("A baseline").
 */
import { CstUtils, type AstNode, type LangiumDocument } from 'langium';

export interface FindingIdentity {
    rule: string;
    /** The named declarations around the finding, outermost first (`Department Sales/Queue Email_Q`); the file's name when none. */
    object: string;
    /** The message with every number replaced by `#`, so that a changed figure keeps its finding. */
    message: string;
}

/** The message key: numbers (with thousands separators and decimals) replaced by `#`. */
export function messageKey(message: string): string {
    return message.replace(/(?<![\w.])\d[\d,]*(\.\d+)?(?!\w)/g, '#');
}

/** The object a finding is about: the chain of named declarations around the 0-based position. */
export function findingObject(document: LangiumDocument, position: { line: number; character: number }): string {
    const root = document.parseResult.value.$cstNode;
    const offset = document.textDocument.offsetAt(position);
    const leaf = root ? CstUtils.findLeafNodeAtOffset(root, offset) ?? CstUtils.findLeafNodeBeforeOffset(root, offset) : undefined;
    const names: string[] = [];
    for (let node: AstNode | undefined = leaf?.astNode; node; node = node.$container) {
        const name = (node as AstNode & { name?: unknown }).name;
        if (typeof name === 'string') names.unshift(`${node.$type} ${name}`);
    }
    if (names.length > 0) return names.join('/');
    const path = document.uri.path;
    return `File ${path.slice(path.lastIndexOf('/') + 1)}`;
}

export function findingIdentity(document: LangiumDocument, diagnostic: { code: string; message: string; line: number; column: number }): FindingIdentity {
    return {
        rule: diagnostic.code,
        object: findingObject(document, { line: diagnostic.line - 1, character: diagnostic.column - 1 }),
        message: messageKey(diagnostic.message),
    };
}

export function identityKey(folder: string, identity: FindingIdentity): string {
    return JSON.stringify([folder, identity.rule, identity.object, identity.message]);
}

/**
 * Matches findings against known ones, as multisets: a key known twice hides two findings, the third
 * is new. Findings are taken in their order. Returns, per finding, whether it is known, and the known
 * keys left over (findings that are gone).
 */
export function matchKnown(keys: readonly string[], known: ReadonlyMap<string, number>): { known: boolean[]; absent: Map<string, number> } {
    const left = new Map(known);
    const result = keys.map(key => {
        const count = left.get(key) ?? 0;
        if (count === 0) return false;
        left.set(key, count - 1);
        return true;
    });
    return { known: result, absent: new Map([...left].filter(([, n]) => n > 0)) };
}

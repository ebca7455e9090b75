/** A place in a source file, free of any editor or parser type. Lines and characters are 0-based. */
export interface TextPosition {
    line: number;
    character: number;
}

export interface TextRange {
    start: TextPosition;
    end: TextPosition;
}

export interface Span extends TextRange {
    /** The file's URI, as the workspace knows it (`file:///…`). */
    uri: string;
    offset: number;
    endOffset: number;
}

/** A value together with the text it was written as. */
export interface Located<T> {
    value: T;
    span: Span;
}

/** A reference written in the file, by name; `resolved` is false when no object of that name exists. */
export interface NameRef {
    name: string;
    span: Span;
    resolved: boolean;
}

export function compareSpans(a: Span, b: Span): number {
    return a.uri === b.uri ? a.offset - b.offset : a.uri < b.uri ? -1 : 1;
}

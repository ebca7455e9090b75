/** Text mutations for property tests: what half-typed and damaged files look like. */
import fc from 'fast-check';

export type Mutation = (text: string) => string;

const lines = (text: string) => text.split('\n');

export const truncate = (at: number): Mutation => text => text.slice(0, Math.floor(at * text.length));
export const deleteRange = (from: number, length: number): Mutation => text => {
    const start = Math.floor(from * text.length);
    return text.slice(0, start) + text.slice(start + length);
};
export const duplicateLine = (at: number): Mutation => text => {
    const all = lines(text);
    const i = Math.floor(at * all.length);
    return [...all.slice(0, i + 1), ...all.slice(i)].join('\n');
};
export const shuffleLines = (seed: number): Mutation => text => {
    const all = lines(text);
    let state = seed;
    for (let i = all.length - 1; i > 0; i--) {
        state = (state * 1103515245 + 12345) & 0x7fffffff;
        const j = state % (i + 1);
        [all[i], all[j]] = [all[j], all[i]];
    }
    return all.join('\n');
};
export const insertText = (at: number, inserted: string): Mutation => text => {
    const i = Math.floor(at * text.length);
    return text.slice(0, i) + inserted + text.slice(i);
};

const unit = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });

/** Any one of the mutations above, with random parameters. */
export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    unit.map(truncate),
    fc.tuple(unit, fc.integer({ min: 1, max: 200 })).map(([a, b]) => deleteRange(a, b)),
    unit.map(duplicateLine),
    fc.integer({ min: 1, max: 1_000_000 }).map(shuffleLines),
    fc.tuple(unit, fc.string({ unit: 'binary', maxLength: 20 })).map(([a, s]) => insertText(a, s)),
    fc.tuple(unit, fc.constantFrom('{', '}', '"', '/*', '//', ',', '120,', '1.5.5', 'GB', 'skill group', 'queue X {')).map(([a, s]) => insertText(a, s)),
);

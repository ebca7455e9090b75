/**
 * Property tests of the language core on damaged input: the parser, linker, model builder and every
 * rule never throw, and each deployment is answered within 2 seconds. `npm run fuzz` runs many more.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InMemoryChecker } from '../helpers/in-memory.js';
import { corpusFolders } from './corpus.js';
import { mutation } from './mutations.js';

const RUNS = Number(process.env.ECE_FUZZ_RUNS ?? 60);

const checker = new InMemoryChecker();

async function answeredInTime(files: Record<string, string>): Promise<number> {
    const start = performance.now();
    const result = await checker.check(files);
    const elapsed = performance.now() - start;
    // The model and every figure exist even for broken text.
    expect(result.analysis.deployment.files.length).toBe(Object.keys(files).length);
    expect(Number.isFinite(result.analysis.sizing.standardizedAgents.total)).toBe(true);
    expect(result.findings.filter(f => f.ruleId === 'internal/rule-failed')).toEqual([]);
    expect(elapsed).toBeLessThan(2000);
    return elapsed;
}

describe('the language core on damaged files', () => {
    const folders = corpusFolders().map(folder => folder.files);

    it('has a corpus of examples and fixtures to mutate', () => {
        expect(folders.length).toBeGreaterThanOrEqual(4);
    });

    it('never throws on mutated examples and fixtures', async () => {
        await fc.assert(fc.asyncProperty(
            fc.constantFrom(...folders), fc.array(mutation, { minLength: 1, maxLength: 4 }),
            async (files, mutations) => {
                const [name] = Object.keys(files);
                const damaged = { ...files, [name]: mutations.reduce((text, m) => m(text), files[name]) };
                await answeredInTime(damaged);
            }), { numRuns: RUNS });
    });

    it('never throws on random code points', async () => {
        await fc.assert(fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 400 }), async text => {
            await answeredInTime({ 'main.ece': text });
        }), { numRuns: RUNS });
    });

    it('answers a 5 MB line, deep nesting and 100,000 objects', async () => {
        await answeredInTime({ 'main.ece': `mrd X { channel chat } // ${'x'.repeat(5 * 1024 * 1024)}\n` });
        await answeredInTime({ 'main.ece': 'department D '.concat('{ '.repeat(20_000), '}'.repeat(20_000)) });
        const many = Array.from({ length: 100_000 }, (_, i) => `agent A${i}`).join('\n');
        const start = performance.now();
        const result = await checker.check({ 'main.ece': many });
        expect(result.analysis.deployment.agents).toHaveLength(100_000);
        expect(performance.now() - start).toBeLessThan(10_000);
    }, 60_000);
});

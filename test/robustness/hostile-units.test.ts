/**
 * The hostile-input classes on plain data: a rule that throws is an error even without a deployment
 * declaration; fixes in a CR-only file keep its line ending; server names continue a series however
 * many are added; splices and positions take any size; and the escaping rule of each text format.
 */
import { describe, expect, it } from 'vitest';
import { lineBreakOf, LineIndex } from '../../language/model/line-index.js';
import { runRules } from '../../language/rules/run-rules.js';
import type { Rule } from '../../language/rules/rule.js';
import { nameServers } from '../../language/rules/sizing/add-servers.js';
import { spliceAll } from '../../language/splice-all.js';
import { terminalText } from '../../report/text.js';
import { markdownText } from '../../report/markdown.js';
import { InMemoryChecker } from '../helpers/in-memory.js';

const checker = new InMemoryChecker();

describe('a rule that throws', () => {
    const throwing: Rule = {
        id: 'sizing/agents-per-application-server', defaultSeverity: 'warning',
        docs: { summary: '', rationale: '', guideSection: '' },
        check: () => { throw new RangeError('Invalid array length'); },
    };

    it('is an error on the load profile when the folder declares no deployment', async () => {
        const { analysis } = await checker.check({ 'main.ece': 'load profile { email 10 agents }\n' });
        const [finding] = runRules(analysis, { planningHorizonMonths: 36, text: () => undefined, rules: [throwing] });
        expect(finding).toMatchObject({ ruleId: 'internal/rule-failed', severity: 'error', span: { start: { line: 0, character: 0 } } });
        expect(finding.message).toBe('Rule sizing/agents-per-application-server could not check this deployment (internal error: Invalid array length); '
            + 'what it would report is missing.');
    });

    it('is an error at the start of the first file when there is nothing else to point at', async () => {
        const { analysis } = await checker.check({ 'main.ece': 'mrd M { channel chat }\n' });
        const findings = runRules(analysis, { planningHorizonMonths: 36, text: () => undefined, rules: [throwing] });
        expect(findings.map(f => [f.severity, f.span.uri.endsWith('/main.ece'), f.span.offset])).toEqual([['error', true, 0]]);
    });
});

describe('fixes in a file whose lines end in CR only', () => {
    it('insert CR line breaks, each statement on its own line', async () => {
        const text = 'deployment D {\r    description "x"\r}\rload profile {\r    email 500 agents\r}\rserver ECE_WEB_1 {\r    roles web, application\r}\rserver ECE_DATA_1 {\r    roles file, messaging, services, database\r}\r';
        const { findings } = await checker.check({ 'main.ece': text });
        const edits = findings.flatMap(f => f.fix?.edits ?? []);
        expect(edits.length).toBeGreaterThan(0);
        for (const edit of edits) expect(edit.newText.replace(/\r/g, '')).not.toContain('\n');
        const workflow = findings.find(f => f.ruleId === 'sizing/workflow-processes')?.fix?.edits[0];
        expect(workflow?.newText).toMatch(/^\r/);
    });

    it('are positioned by the CR line breaks', () => {
        const index = new LineIndex('a\rb\r\nc\nd');
        expect([0, 2, 5, 7].map(o => index.position(o))).toEqual([
            { line: 0, character: 0 }, { line: 1, character: 0 }, { line: 2, character: 0 }, { line: 3, character: 0 }]);
        expect(['a\rb', 'a\r\nb', 'a\nb', 'ab'].map(lineBreakOf)).toEqual(['\r', '\r\n', '\n', '\n']);
    });
});

describe('naming added servers', () => {
    it('continues a series for thousands of servers, each name once, in linear time', async () => {
        const { analysis } = await checker.check({ 'main.ece': 'server ECE_APP_1 { roles application }\nserver ECE_APP_3 { roles application }\n' });
        const names = nameServers(analysis.deployment, Array.from({ length: 20_000 }, () => ['application']));
        expect(names.slice(0, 3)).toEqual(['ECE_APP_4', 'ECE_APP_5', 'ECE_APP_6']);
        expect(new Set(names).size).toBe(20_000);
    });
});

describe('arrays and positions of any size', () => {
    it('splices 500,000 items where a spread overflows the stack', () => {
        const items = Array.from({ length: 500_000 }, (_, i) => i);
        expect(() => [0].push(...items)).toThrow(RangeError);
        const target = ['a', 'b', 'c'];
        spliceAll<string | number>(target, 1, 1, items);
        expect([target.length, target[0], target[1], target.at(-2), target.at(-1)]).toEqual([500_002, 'a', 0, 499_999, 'c']);
    });

    it('splices an array subclass that passes splice\'s counts on as given (as Langium\'s CST containers do)', () => {
        class Container<T> extends Array<T> {
            override splice(start: number, count?: number, ...items: T[]): T[] {
                return super.splice(start, count as number, ...items);
            }
        }
        const target = new Container<string>();
        target.push('a', 'b', 'c', 'd');
        spliceAll(target, 1, 2, ['x']);
        expect([...target]).toEqual(['a', 'x', 'd']);
    });
});

describe('one escaping rule per text format', () => {
    const hostile = 'name\u001b[2K\u001b]52;c;eA==\u0007\r\n## Forged\u009b31m\u202eevil';

    it('the terminal shows every control character as a visible escape', () => {
        expect(terminalText(hostile)).toBe('name\\x1B[2K\\x1B]52;c;eA==\\x07\\x0D\\x0A## Forged\\x9B31m\\u202Eevil');
        expect(terminalText('plain\ttext')).toBe('plain\ttext');
    });

    it('Markdown starts no line, opens no HTML, emphasis, code, link or cell', () => {
        expect(markdownText(hostile)).toBe('name [2K ]52;c;eA== ## Forged 31m\u202eevil'.replace('[2K ]', '\\[2K \\]'));
        expect(markdownText('<b>x</b> & *y* _z_ `c` [l](u) | ~s~ snake_case\\')).toBe(
            '&lt;b>x&lt;/b> &amp; \\*y\\* \\_z\\_ \\`c\\` \\[l\\](u) \\| \\~s\\~ snake_case\\\\');
    });
});

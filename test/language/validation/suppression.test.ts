import { describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { applySuppressions, findSuppressionDirectives, suppressionEdit } from '../../../language/validation/suppression.js';
import { checkText } from '../../helpers/check-folder.js';

const URI = 'file:///d/main.ece';

function diagnostic(code: string, line: number, character = 0): Diagnostic {
    return { code, message: code, severity: DiagnosticSeverity.Error, range: { start: { line, character }, end: { line, character: character + 3 } } };
}

/** Applies a fix's single edit to the text (offsets from 0-based lines and characters). */
function applyFix(text: string, d: Diagnostic): string {
    const data = d.data as { fix?: { edits: { range: Diagnostic['range']; newText: string }[] } };
    const [edit] = data.fix?.edits ?? [];
    if (!edit) throw new Error('no fix');
    const lines = text.split('\n');
    const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
    return text.slice(0, offset(edit.range.start)) + edit.newText + text.slice(offset(edit.range.end));
}

describe('findSuppressionDirectives', () => {
    it('reads the rule ids, separated by spaces or commas, and the reason after --', () => {
        const text = 'mrd A { channel chat }\n    // ece-ignore-next-line naming/duplicate, routing/queue-naming -- kept from the old system\n';
        const [directive] = findSuppressionDirectives(text);
        expect(directive.line).toBe(1);
        expect(directive.ids.map(s => [s.id, s.range.start.character, s.range.end.character])).toEqual([
            ['naming/duplicate', 28, 44], ['routing/queue-naming', 46, 66],
        ]);
        expect(directive.reason).toBe('kept from the old system');
        expect(directive.keywordRange).toEqual({ start: { line: 1, character: 7 }, end: { line: 1, character: 27 } });
    });

    it('reads only // comments: not text in strings, not block comments, not other words', () => {
        const text = [
            'deployment D { description "// ece-ignore-next-line naming/duplicate" }',
            '/* // ece-ignore-next-line naming/duplicate */',
            '// ece-ignore-next-lines naming/duplicate',
            '// see ece-ignore-next-line naming/duplicate',
            'agent A // ece-ignore-next-line naming/duplicate',
        ].join('\n');
        expect(findSuppressionDirectives(text).map(d => [d.line, d.ids.map(s => s.id)])).toEqual([[4, ['naming/duplicate']]]);
    });
});

describe('applySuppressions', () => {
    const text = [
        '// ece-ignore-next-line naming/duplicate',  // 0
        'agent Clark',                               // 1
        'agent Clark',                               // 2
    ].join('\n');

    it('suppresses the named rule on the next line only', () => {
        const result = applySuppressions(text, [diagnostic('naming/duplicate', 1), diagnostic('naming/duplicate', 2), diagnostic('naming/duplicate', 0, 30)], { uri: URI });
        expect(result.suppressed.map(d => d.range.start.line)).toEqual([1]);
        expect(result.diagnostics.map(d => [d.code, d.range.start.line])).toEqual([['naming/duplicate', 2], ['naming/duplicate', 0]]);
    });

    it('suppresses only the rules it names', () => {
        const result = applySuppressions(text, [diagnostic('reference/unresolved', 1), diagnostic('naming/duplicate', 1, 6)], { uri: URI });
        expect(result.diagnostics.map(d => d.code)).toEqual(['reference/unresolved']);
        expect(result.suppressed.map(d => d.code)).toEqual(['naming/duplicate']);
    });

    it('suppresses several rules named in one comment', () => {
        const several = '// ece-ignore-next-line naming/duplicate reference/unresolved -- both known\nagent Clark { skill groups Nowhere }\n';
        const result = applySuppressions(several, [diagnostic('naming/duplicate', 1), diagnostic('reference/unresolved', 1, 27)], { uri: URI });
        expect(result.diagnostics).toEqual([]);
        expect(result.suppressed.map(d => d.code)).toEqual(['naming/duplicate', 'reference/unresolved']);
    });

    it('reports a comment that suppresses nothing, as a warning on the rule id, with a fix that removes the comment', () => {
        const result = applySuppressions(text, [diagnostic('naming/duplicate', 2)], { uri: URI, source: 'ece' });
        const unused = result.diagnostics.filter(d => d.code === 'suppression/unused');
        expect(unused.map(d => ({ severity: d.severity, range: d.range, message: d.message, source: d.source }))).toEqual([{
            severity: DiagnosticSeverity.Warning,
            range: { start: { line: 0, character: 24 }, end: { line: 0, character: 40 } },
            message: '\'naming/duplicate\' is suppressed here but reports nothing on the next line (line 2); remove it from the comment.',
            source: 'ece',
        }]);
        expect(unused[0].codeDescription?.href).toMatch(/docs\/rules\.md#suppressionunused$/);
        expect(applyFix(text, unused[0])).toBe('agent Clark\nagent Clark');
    });

    it('reports each unused id of a comment that suppresses something, with a fix that removes that id only', () => {
        const both = '    // ece-ignore-next-line naming/duplicate reference/unresolved -- reason\nagent Clark\n';
        const result = applySuppressions(both, [diagnostic('naming/duplicate', 1)], { uri: URI });
        const unused = result.diagnostics.filter(d => d.code === 'suppression/unused');
        expect(unused.map(d => d.message)).toEqual([
            '\'reference/unresolved\' is suppressed here but reports nothing on the next line (line 2); remove it from the comment.',
        ]);
        expect(applyFix(both, unused[0])).toBe('    // ece-ignore-next-line naming/duplicate -- reason\nagent Clark\n');
    });

    it('removes only the comment, not the code before it, when the comment trails code', () => {
        const trailing = 'agent Bruce // ece-ignore-next-line naming/duplicate\nagent Clark\n';
        const [unused] = applySuppressions(trailing, [], { uri: URI }).diagnostics;
        expect(applyFix(trailing, unused)).toBe('agent Bruce\nagent Clark\n');
    });

    it('reports an unknown rule id with the closest known one, a syntax id, and a comment naming no rule', () => {
        const bad = [
            '// ece-ignore-next-line naming/duplicat',
            'agent Clark',
            '// ece-ignore-next-line syntax/parse-error suppression/unused',
            'agent Clark {',
            '// ece-ignore-next-line -- no ids',
            'agent Bruce',
        ].join('\n');
        const result = applySuppressions(bad, [diagnostic('naming/duplicate', 1), diagnostic('syntax/parse-error', 3)], { uri: URI });
        expect(result.diagnostics.map(d => [d.code, d.range.start.line, d.range.start.character, d.message])).toEqual([
            ['naming/duplicate', 1, 0, 'naming/duplicate'],
            ['syntax/parse-error', 3, 0, 'syntax/parse-error'],
            ['suppression/unknown-rule', 0, 24, 'Unknown rule id \'naming/duplicat\'; did you mean \'naming/duplicate\'? `ece rules` lists them.'],
            ['suppression/unknown-rule', 2, 24, '\'syntax/parse-error\' cannot be suppressed: fix the syntax error instead.'],
            ['suppression/unknown-rule', 2, 43, '\'suppression/unused\' cannot be suppressed by a comment.'],
            ['suppression/unknown-rule', 4, 3, 'ece-ignore-next-line names no rule id; write the ids to suppress, e.g. // ece-ignore-next-line routing/queue-naming.'],
        ]);
        expect(result.suppressed).toEqual([]);
    });

    it('gives its reports the severity the settings give suppression/unused and suppression/unknown-rule, or none when off', () => {
        const withUnknown = '// ece-ignore-next-line naming/duplicate no/such\nagent Clark\n';
        const errors = applySuppressions(withUnknown, [], { uri: URI, rules: { 'suppression/unused': 'error', 'suppression/unknown-rule': 'hint' } });
        expect(errors.diagnostics.map(d => [d.code, d.severity])).toEqual([
            ['suppression/unknown-rule', DiagnosticSeverity.Hint], ['suppression/unused', DiagnosticSeverity.Error],
        ]);
        const off = applySuppressions(withUnknown, [], { uri: URI, rules: { 'suppression/unused': 'off', 'suppression/unknown-rule': 'off' } });
        expect(off.diagnostics).toEqual([]);
    });

    it('counts lines of a file with CRLF line breaks', () => {
        const crlf = 'agent Bruce\r\n// ece-ignore-next-line naming/duplicate\r\nagent Bruce\r\n';
        const result = applySuppressions(crlf, [diagnostic('naming/duplicate', 2)], { uri: URI });
        expect(result.diagnostics).toEqual([]);
        expect(result.suppressed.length).toBe(1);
    });
});

describe('suppressionEdit', () => {
    it('adds a comment above the line, indented like it, or adds the id to the comment there', () => {
        const text = 'department Sales {\n    queue Q { mrd M }\n}\n';
        expect(suppressionEdit(text, 1, 'routing/queue-naming')).toEqual({
            range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } },
            newText: '    // ece-ignore-next-line routing/queue-naming\n',
        });
        const commented = 'department Sales {\n    // ece-ignore-next-line routing/queue-naming -- old name\n    queue Q { mrd M }\n}\n';
        expect(suppressionEdit(commented, 2, 'routing/queue-without-agents')).toEqual({
            range: { start: { line: 1, character: 48 }, end: { line: 1, character: 48 } },
            newText: ' routing/queue-without-agents',
        });
        expect(suppressionEdit(commented, 2, 'routing/queue-naming')).toBeUndefined();
    });
});

describe('suppression in a checked deployment', () => {
    const duplicates = [
        'mrd Chat_MRD { channel chat }',
        '// ece-ignore-next-line naming/duplicate -- two Chat_MRD on purpose',
        'mrd Chat_MRD { channel chat }',
        'mrd Chat_MRD { channel chat }',
    ].join('\n');

    it('hides the suppressed diagnostic and keeps the same rule on the following line', async () => {
        const { diagnostics } = await checkText(duplicates);
        expect(diagnostics.filter(d => d.code === 'naming/duplicate').map(d => d.range.start.line)).toEqual([3]);
        expect(diagnostics.filter(d => String(d.code).startsWith('suppression/'))).toEqual([]);
    });

    it('reports the comment once the problem is gone, and not when suppression/unused is off', async () => {
        const fixed = duplicates.replace(/\nmrd Chat_MRD \{ channel chat \}\nmrd Chat_MRD \{ channel chat \}$/, '\nmrd Email_MRD { channel inbound email }');
        const { diagnostics } = await checkText(fixed);
        expect(diagnostics.map(d => [d.code, d.range.start.line, d.severity])).toEqual([['suppression/unused', 1, DiagnosticSeverity.Warning]]);
        const quiet = await checkText(fixed, { rules: { 'suppression/unused': 'off' } });
        expect(quiet.diagnostics).toEqual([]);
    });

    it('applies after severities: a rule turned off leaves its suppression unused', async () => {
        const { codes } = await checkText(duplicates, { rules: { 'naming/duplicate': 'off' } });
        expect(codes).toEqual(['suppression/unused']);
    });

    it('never suppresses a syntax error', async () => {
        const { codes } = await checkText('// ece-ignore-next-line syntax/parse-error\nmrd Email_MRD { channel email }\n');
        expect(codes).toEqual(['suppression/unknown-rule', 'syntax/parse-error']);
    });
});

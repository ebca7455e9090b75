import { describe, expect, it } from 'vitest';
import { projectGrowth } from '../../language/engine/growth.js';
import { figuresOf, formatAmount } from '../../language/engine/explain.js';
import { markdownCell, markdownTable, renderMarkdown } from '../../report/markdown.js';
import { routingMermaid, topologyMermaid } from '../../report/mermaid.js';
import { loadExample, REPORT_EXAMPLES } from '../helpers/report-model.js';

/** The rows of the Markdown table that follows `heading`, as arrays of cells. */
function tableAfter(markdown: string, heading: string): string[][] {
    const lines = markdown.split('\n');
    const start = lines.findIndex(l => l.startsWith(heading));
    const rows: string[][] = [];
    for (const line of lines.slice(start + 1)) {
        if (line.startsWith('| ')) rows.push(line.slice(2, -2).split(' | '));
        else if (rows.length > 0) break;
    }
    return rows;
}

describe('Markdown report', () => {
    it('escapes pipes and line breaks in table cells', () => {
        expect(markdownCell('a | b\nc')).toBe('a \\| b c');
        expect(markdownTable(['A', 'B'], [['x|y', '1']], ['left', 'right'])).toBe('| A | B |\n| --- | ---: |\n| x\\|y | 1 |');
    });

    it.each(REPORT_EXAMPLES)('tabulates the growth of %s at 12, 24 and 36 months as the engine projects it', async example => {
        const { checked, model } = await loadExample(example);
        const markdown = renderMarkdown(model);
        const engine = projectGrowth(checked.analysis.deployment, 36);
        const rows = tableAfter(markdown, '| After |');
        expect(rows.slice(1).map(r => [r[0], r[5]])).toEqual([12, 24, 36].map(month =>
            [`${month} months`, formatAmount(engine.projection[month - 1].totalMB, 'MB')]));
        const monthly = tableAfter(markdown, '| Growth per month |').slice(1);
        expect(monthly.map(r => [r[0], r[2]])).toEqual([
            ['Email', formatAmount(engine.monthlyMB.email, 'MB per month')],
            ['Attachments', formatAmount(engine.monthlyMB.attachments, 'MB per month')],
            ['Chat and callback', formatAmount(engine.monthlyMB.chat, 'MB per month')],
            ['Total', formatAmount(engine.monthlyMB.total, 'MB per month')],
        ]);
    });

    it('embeds the topology and routing diagrams as Mermaid blocks', async () => {
        const { model } = await loadExample('integrated-routing');
        const markdown = renderMarkdown(model);
        const blocks = [...markdown.matchAll(/```mermaid\n([\s\S]*?)```/g)].map(m => m[1]);
        expect(blocks).toEqual([topologyMermaid(model), routingMermaid(model)]);
        expect(markdown.indexOf('## Topology')).toBeLessThan(markdown.indexOf(blocks[0]));
        expect(markdown.indexOf('## Routing')).toBeLessThan(markdown.indexOf(blocks[1]));
    });

    it('lists the sizing, the routing table and the absence of problems of the chapter 1 example', async () => {
        const { checked, model } = await loadExample('integrated-routing');
        const markdown = renderMarkdown(model);
        expect(markdown).toMatch(/^# ECE deployment Integrated_Routing_Example\n\n> The guide's NA\/EMEA integrated email routing scenario\n/);
        const sizing = checked.analysis.sizing;
        const total = figuresOf(checked.analysis).standardizedAgents.at(-1)!;
        expect(tableAfter(markdown, '| Standardized agents |').at(-1)).toEqual(['Total', `${total.formula} = ${total.arithmetic}`, String(sizing.standardizedAgents.total), 'Chapter 2, Sizing Inputs']);
        expect(tableAfter(markdown, '| Figure |')[1].slice(0, 3)).toEqual(['Configuration', `the smallest configuration whose limit (400, 1,500) is at least the total = ${sizing.standardizedAgents.total} ≤ 400`, `${sizing.configuration.name} configuration`]);
        const routes = tableAfter(markdown, '| Department |').slice(1);
        expect(routes.map(r => [r[0], r[1], r[6]])).toEqual(checked.analysis.routes.map(r => [r.department, r.queue, r.agents.join(', ')]));
        expect(markdown).toContain(`Disk full: ${figuresOf(checked.analysis).disk!.value} (`);
    });

    it('tabulates every diagnostic of the mistakes example', async () => {
        const { checked, model } = await loadExample('mistakes');
        const markdown = renderMarkdown(model);
        const rows = tableAfter(markdown, '| Severity |').slice(1);
        expect(rows).toHaveLength(checked.diagnostics.length);
        expect(rows.map(r => r[2])).toEqual(checked.diagnostics.map(d => d.code));
        expect(rows[0][1]).toBe(`${checked.diagnostics[0].file}:${checked.diagnostics[0].line}:${checked.diagnostics[0].column}`);
        expect(markdown).toMatch(/Diagnostics: \d+ errors, \d+ warnings, \d+ info/);
    });
});

import { describe, expect, it } from 'vitest';
import { projectGrowth } from '../../language/engine/growth.js';
import { fixed } from '../../report/format.js';
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
        const header = markdown.split('\n').find(l => l.startsWith('| After |'))!;
        const unit = /Total \((MB|GB)\)/.exec(header)![1];
        const divisor = unit === 'GB' ? 1024 : 1;
        expect(rows.slice(1).map(r => [r[0], r[5]])).toEqual([12, 24, 36].map(month =>
            [`${month} months`, fixed(engine.projection[month - 1].totalMB / divisor)]));
        const monthly = engine.monthlyMB;
        expect(markdown).toContain(`email ${fixed(monthly.email)} MB, attachments ${fixed(monthly.attachments)} MB, chat and callback ${fixed(monthly.chat)} MB, total ${fixed(monthly.total)} MB`);
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
        expect(tableAfter(markdown, '| Channel |').at(-1)).toEqual(['total', 'rounded up to a whole agent', fixed(sizing.standardizedAgents.total)]);
        expect(markdown).toContain(`- Configuration: **${sizing.configuration.name}** (OVA \`${sizing.configuration.ova}\`)`);
        const routes = tableAfter(markdown, '| Department |').slice(1);
        expect(routes.map(r => [r[0], r[1], r[6]])).toEqual(checked.analysis.routes.map(r => [r.department, r.queue, r.agents.join(', ')]));
        expect(markdown).toContain('Database disk: 200 GB; not exceeded within 36 months.');
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

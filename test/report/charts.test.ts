import { describe, expect, it } from 'vitest';
import { chartUnit, formatSize, growthChartSpec, monthDescription, renderGrowthSvg } from '../../report/charts.js';
import { loadExample } from '../helpers/report-model.js';

describe('growth chart', () => {
    it('stacks one bar per month and series, and draws the disk when one is declared', async () => {
        const { model } = await loadExample('distributed-1500');
        const spec = growthChartSpec(model.growth) as { layer: { data?: { values: { month: number; series: string }[] }; mark: { type: string } }[] };
        const bars = spec.layer[0].data!.values;
        expect(new Set(bars.map(v => v.series))).toEqual(new Set(['Current database', 'Email', 'Attachments', 'Chat and callback']));
        expect(bars).toHaveLength(model.growth.months.length * 4);
        expect(spec.layer.map(l => l.mark.type)).toEqual(['bar', 'rule']);
    });

    it('leaves out the current size when none is declared, and the disk when there is none', async () => {
        const { model } = await loadExample('blended-400');
        const growth = { ...model.growth, diskGB: null, diskFullMonth: null };
        const spec = growthChartSpec(growth) as { layer: { data?: { values: { series: string }[] }; mark: { type: string } }[] };
        expect(new Set(spec.layer[0].data!.values.map(v => v.series))).toEqual(new Set(['Email', 'Attachments', 'Chat and callback']));
        expect(spec.layer.map(l => l.mark.type)).toEqual(['bar']);
    });

    it('describes each month with the parts and the projected total', async () => {
        const { model } = await loadExample('integrated-routing');
        const month = model.growth.months[35];
        const unit = chartUnit(model.growth);
        expect(unit).toBe('GB');
        expect(monthDescription(month, unit)).toBe(`Month 36: current database ${formatSize(month.currentMB, unit)}, email ${formatSize(month.emailMB, unit)}, `
            + `attachments ${formatSize(month.attachmentsMB, unit)}, chat and callback ${formatSize(month.chatMB, unit)}, total ${formatSize(month.totalMB, unit)}`);
        expect(formatSize(2048, 'GB')).toBe('2 GB');
        expect(formatSize(1536.5, 'MB')).toBe('1,536.5 MB');
        expect(formatSize(44_247.04, 'GB')).toBe('43.2 GB');
    });

    it('renders a static SVG with a labelled bar for every month, and nothing to fetch', async () => {
        const { model } = await loadExample('blended-400');
        const svg = await renderGrowthSvg(model.growth);
        expect(svg.startsWith('<svg')).toBe(true);
        const months = new Set([...svg.matchAll(/aria-label="Month (\d+):/g)].map(m => Number(m[1])));
        expect(months.size).toBe(model.growth.months.length);
        expect(svg).toContain(`aria-label="${monthDescription(model.growth.months[35], 'GB')}"`);
        expect(svg).toContain('Database disk 1,024 GB');
        expect(svg.replace(/xmlns(:\w+)?="[^"]*"/g, '')).not.toMatch(/https?:|url\(/);
    });
});

/**
 * The database growth chart: a Vega-Lite specification (pure data), rendered to a static SVG by
 * Vega in Node at generation time, so the page needs no script and no network to show it.
 */
import type { TopLevelSpec } from 'vega-lite';
import { formatNumber } from '../language/engine/explain.js';
import type { CapacityMonthRow, GrowthMonth, ReportCapacity, ReportGrowth } from './report-model.js';

export type SizeUnit = 'MB' | 'GB';

export const GROWTH_SERIES = [
    { key: 'currentMB', label: 'Current database', color: '#9ca3af' },
    { key: 'emailMB', label: 'Email', color: '#2563eb' },
    { key: 'attachmentsMB', label: 'Attachments', color: '#f59e0b' },
    { key: 'chatMB', label: 'Chat and callback', color: '#10b981' },
] as const satisfies readonly { key: keyof GrowthMonth; label: string; color: string }[];

export const DISK_COLOR = '#dc2626';
export const FONT = 'DejaVu Sans, Arial, Helvetica, sans-serif';

/** GB once the chart goes past 1 GB (the guide's 1024 MB), MB below. */
export function chartUnit(growth: ReportGrowth): SizeUnit {
    const largest = Math.max(growth.diskGB === null ? 0 : growth.diskGB * 1024, ...growth.months.map(m => m.totalMB));
    return largest >= 1024 ? 'GB' : 'MB';
}

export function inUnit(mb: number, unit: SizeUnit): number {
    return unit === 'GB' ? mb / 1024 : mb;
}

/**
 * A size in the chart's unit, which all its bars share (docs/figures.md), rounded as every other
 * amount: `43.2 GB`, `4,096 GB`.
 */
export function formatSize(mb: number, unit: SizeUnit): string {
    return `${formatNumber(inUnit(mb, unit))} ${unit}`;
}

/** One line per month, read aloud by screen readers and by the tests: `Month 36: …, total 43.2 GB`. */
export function monthDescription(month: GrowthMonth, unit: SizeUnit): string {
    const parts = GROWTH_SERIES.filter(s => s.key !== 'currentMB' || month.currentMB > 0)
        .map(s => `${s.label.toLowerCase()} ${formatSize(month[s.key], unit)}`);
    return `Month ${month.month}: ${parts.join(', ')}, total ${formatSize(month.totalMB, unit)}`;
}

/** What both charts share: size, white ground (their colours are drawn for it), font and type sizes. */
function chartFrame(size: { width: number; height: number }) {
    return {
        $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
        width: size.width,
        height: size.height,
        background: 'white',
        padding: 8,
        config: { font: FONT, axis: { labelFontSize: 11, titleFontSize: 12 }, legend: { labelFontSize: 12, labelLimit: 0 }, view: { stroke: null } },
    } as const;
}

export function growthChartSpec(growth: ReportGrowth, size: { width: number; height: number } = { width: 720, height: 300 }): TopLevelSpec {
    const unit = chartUnit(growth);
    const series = GROWTH_SERIES.filter(s => s.key !== 'currentMB' || growth.currentMB > 0);
    const values = growth.months.flatMap(month => series.map((s, order) => ({
        month: month.month,
        series: s.label,
        order,
        size: inUnit(month[s.key], unit),
        description: monthDescription(month, unit),
    })));
    const horizon = growth.months.length;
    const labelEvery = horizon <= 36 ? 6 : horizon <= 120 ? 12 : 60;
    const diskLayers: NonNullable<Extract<TopLevelSpec, { layer: unknown }>['layer']> = growth.diskGB === null ? [] : [
        {
            data: { values: [{}] },
            mark: { type: 'rule', color: DISK_COLOR, strokeDash: [6, 4], strokeWidth: 2 },
            encoding: { y: { datum: inUnit(growth.diskGB * 1024, unit), type: 'quantitative' } },
            description: `Database disk ${formatSize(growth.diskGB * 1024, unit)}`,
        },
    ];
    // The disk's label is the chart's title, above the legend: on the plot, bars that pass the disk would cover it.
    const diskTitle = growth.diskGB === null ? {} : {
        title: {
            text: `Database disk ${formatSize(growth.diskGB * 1024, unit)} (dashed line)${growth.diskFullMonth === null ? '' : `, full in month ${growth.diskFullMonth}`}`,
            color: DISK_COLOR, anchor: 'end' as const, fontSize: 12, fontWeight: 'bold' as const, offset: 6,
        },
    };
    return {
        ...chartFrame(size),
        ...diskTitle,
        layer: [
            {
                data: { values },
                mark: { type: 'bar' },
                encoding: {
                    x: {
                        field: 'month', type: 'ordinal', title: 'Month',
                        axis: { labelAngle: 0, labelExpr: `datum.value === 1 || datum.value % ${labelEvery} === 0 ? datum.label : ''` },
                    },
                    y: { field: 'size', type: 'quantitative', stack: 'zero', title: `Database size (${unit})` },
                    color: {
                        field: 'series', type: 'nominal', title: null,
                        scale: { domain: series.map(s => s.label), range: series.map(s => s.color) },
                        legend: { orient: 'top', direction: 'horizontal' },
                    },
                    order: { field: 'order', type: 'quantitative' },
                    description: { field: 'description', type: 'nominal' },
                },
            },
            ...diskLayers,
        ],
    };
}

// ---- Capacity over time: standardized agents of the growing load ----------------------------------

export const CONFIGURATION_COLORS: Record<string, string> = { '400-agent': '#2563eb', '1500-agent': '#f59e0b', unsupported: '#dc2626' };
export const LIMIT_COLOR = '#475569';

/** A horizontal line of the capacity chart: a configuration's limit or the declared application servers' capacity. */
export interface CapacityLine {
    agents: number;
    label: string;
    color: string;
}

/** The 400 and 1500 lines and the declared application servers' capacity; lines at the same height share one label. */
export function capacityLines(capacity: ReportCapacity): CapacityLine[] {
    const declared = capacity.applicationServerCapacity / 400;
    const lines: CapacityLine[] = [
        { agents: 400, label: '400-agent configuration limit', color: LIMIT_COLOR },
        { agents: 1500, label: '1500-agent configuration limit', color: LIMIT_COLOR },
    ];
    const servers = `${declared} application server${declared === 1 ? '' : 's'} declared (400 agents each)`;
    const same = lines.find(l => l.agents === capacity.applicationServerCapacity);
    if (same) {
        same.label = `${same.label}; ${servers}`;
        same.color = DISK_COLOR;
    } else if (declared > 0) {
        lines.push({ agents: capacity.applicationServerCapacity, label: servers, color: DISK_COLOR });
    }
    return lines.sort((a, b) => a.agents - b.agents);
}

/** `Month 10: 405 standardized agents (email 180, chat 205, callback 20), 1500-agent configuration, 2 application servers`. */
export function capacityMonthDescription(month: CapacityMonthRow): string {
    const a = month.standardizedAgents;
    return `Month ${month.month}: ${formatNumber(a.total)} standardized agents (email ${formatNumber(a.email)}, chat ${formatNumber(a.chat)}, callback ${formatNumber(a.callback)}), `
        + `${month.configuration === 'unsupported' ? 'no supported configuration' : `${month.configuration} configuration`}, `
        + `${formatNumber(month.applicationServersForLoad)} application server${month.applicationServersForLoad === 1 ? '' : 's'} for the load`;
}

export function capacityChartSpec(capacity: ReportCapacity, size: { width: number; height: number } = { width: 720, height: 300 }): TopLevelSpec {
    const values = capacity.months.map(m => ({
        month: m.month,
        agents: m.standardizedAgents.total,
        configuration: m.configuration === 'unsupported' ? 'not supported' : `${m.configuration} configuration`,
        description: capacityMonthDescription(m),
    }));
    const configurations = Object.keys(CONFIGURATION_COLORS).filter(c => capacity.months.some(m => m.configuration === c));
    const horizon = capacity.months.length;
    const labelEvery = horizon <= 36 ? 6 : horizon <= 120 ? 12 : 60;
    const lines = capacityLines(capacity);
    const lineLayers: NonNullable<Extract<TopLevelSpec, { layer: unknown }>['layer']> = lines.flatMap(line => [
        {
            data: { values: [{}] },
            mark: { type: 'rule', color: line.color, strokeDash: [6, 4], strokeWidth: 2 },
            encoding: { y: { datum: line.agents, type: 'quantitative' } },
            description: `${line.label}: ${line.agents.toLocaleString('en-US')} standardized agents`,
        },
        {
            data: { values: [{}] },
            mark: { type: 'text', color: line.color, align: 'left', baseline: 'bottom', dx: 4, dy: -4, fontWeight: 'bold' },
            encoding: { y: { datum: line.agents, type: 'quantitative' }, x: { value: 0 }, text: { value: `${line.agents.toLocaleString('en-US')}: ${line.label}` } },
        },
    ]);
    return {
        ...chartFrame(size),
        layer: [
            {
                data: { values },
                mark: { type: 'bar' },
                encoding: {
                    x: {
                        field: 'month', type: 'ordinal', title: `Month (load growing ${capacity.ratesText})`,
                        axis: { labelAngle: 0, labelExpr: `datum.value === 1 || datum.value % ${labelEvery} === 0 ? datum.label : ''` },
                    },
                    y: { field: 'agents', type: 'quantitative', title: 'Standardized agents' },
                    color: {
                        field: 'configuration', type: 'nominal', title: null,
                        scale: {
                            domain: configurations.map(c => (c === 'unsupported' ? 'not supported' : `${c} configuration`)),
                            range: configurations.map(c => CONFIGURATION_COLORS[c]),
                        },
                        legend: { orient: 'top', direction: 'horizontal' },
                    },
                    description: { field: 'description', type: 'nominal' },
                },
            },
            ...lineLayers,
        ],
    };
}

/** The chart as a standalone SVG document. Loads Vega only when called: the text report stays quick. */
export async function renderGrowthSvg(growth: ReportGrowth): Promise<string> {
    return renderSpecSvg(growthChartSpec(growth));
}

/** The capacity chart as a standalone SVG document. */
export async function renderCapacitySvg(capacity: ReportCapacity): Promise<string> {
    return renderSpecSvg(capacityChartSpec(capacity));
}

async function renderSpecSvg(spec: TopLevelSpec): Promise<string> {
    const [vega, vegaLite] = await Promise.all([import('vega'), import('vega-lite')]);
    // The $schema is an identifier for editors, not something Vega fetches; it must not reach the page.
    const compiled = vegaLite.compile({ ...spec, $schema: undefined }).spec;
    delete compiled.$schema;
    const view = new vega.View(vega.parse(compiled), { renderer: 'none', logLevel: vega.Error });
    try {
        return await view.toSVG();
    } finally {
        view.finalize();
    }
}

/**
 * The largest number a file may write (docs/language.md, "Numbers"): far above any deployment of the
 * guide, small enough that every figure computed from it stays finite.
 */
export const LARGEST_NUMBER = 1_000_000_000;

export function isSaneNumber(value: number): boolean {
    return Number.isFinite(value) && value <= LARGEST_NUMBER;
}

/** Units the language accepts, grouped by what they measure. */
export const SIZE_UNITS = ['KB', 'MB', 'GB', 'TB'] as const;
export const DURATION_UNITS = ['ms'] as const;
export const BANDWIDTH_UNITS = ['kbps', 'Mbps'] as const;

export type SizeUnit = (typeof SIZE_UNITS)[number];
export type DurationUnit = (typeof DURATION_UNITS)[number];
export type BandwidthUnit = (typeof BANDWIDTH_UNITS)[number];
export type Unit = SizeUnit | DurationUnit | BandwidthUnit;
export type Dimension = 'size' | 'duration' | 'bandwidth';

export interface Quantity {
    value: number;
    unit: Unit;
}

export function dimensionOf(unit: string): Dimension | undefined {
    if ((SIZE_UNITS as readonly string[]).includes(unit)) return 'size';
    if ((DURATION_UNITS as readonly string[]).includes(unit)) return 'duration';
    if ((BANDWIDTH_UNITS as readonly string[]).includes(unit)) return 'bandwidth';
    return undefined;
}

export function unitsOf(dimension: Dimension): readonly Unit[] {
    switch (dimension) {
        case 'size': return SIZE_UNITS;
        case 'duration': return DURATION_UNITS;
        case 'bandwidth': return BANDWIDTH_UNITS;
    }
}

// The guide's growth formulas divide by 1024 (chapter 2, "Planning for Database Growth"), so 1 MB = 1024 KB.
const KB_PER: Record<SizeUnit, number> = { KB: 1, MB: 1024, GB: 1024 ** 2, TB: 1024 ** 3 };

export function toKB(q: Quantity): number {
    return q.value * KB_PER[q.unit as SizeUnit];
}

export function toMB(q: Quantity): number {
    return toKB(q) / 1024;
}

export function toGB(q: Quantity): number {
    return toKB(q) / 1024 ** 2;
}

export function toKbps(q: Quantity): number {
    return q.unit === 'Mbps' ? q.value * 1000 : q.value;
}

export function toMs(q: Quantity): number {
    return q.value;
}

export function formatQuantity(q: Quantity): string {
    return `${q.value.toLocaleString('en-US')} ${q.unit}`;
}

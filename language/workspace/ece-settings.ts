/** User settings that change what the checker reports: rule severities and the planning horizon. */
import { DEFAULT_PLANNING_HORIZON_MONTHS } from '../engine/growth.js';
import type { Severity } from '../rules/rule.js';

export type SeveritySetting = Severity | 'off';

export interface CheckerSettings {
    /** Rule id → severity, or 'off'. Rules not listed keep their default. */
    rules: Record<string, SeveritySetting>;
    planningHorizonMonths: number;
}

export const DEFAULT_SETTINGS: CheckerSettings = { rules: {}, planningHorizonMonths: DEFAULT_PLANNING_HORIZON_MONTHS };

/** Resolves the settings that apply to one deployment folder. */
export class EceSettings {
    private base: CheckerSettings = DEFAULT_SETTINGS;

    /** Replaces the settings for every folder (the CLI's `--config`, the editor's configuration). */
    set(settings: Partial<CheckerSettings>): void {
        this.base = { ...DEFAULT_SETTINGS, ...settings, rules: { ...settings.rules } };
    }

    forFolder(_folder: string): CheckerSettings {
        return this.base;
    }
}

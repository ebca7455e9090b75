/**
 * User settings that change what the checker reports: rule severities and the planning horizon.
 *
 * Where they come from, lowest to highest precedence, merged rule by rule:
 *   1. the defaults (each rule's default severity; a 36-month horizon);
 *   2. the editor's settings (`ece.rules`, `ece.planningHorizonMonths`) or what `set()` gives;
 *   3. the project file: the one named explicitly (`useConfigFile`, the CLI's `--config PATH`), or
 *      else the nearest `ece.config.json` walking up from the deployment folder.
 * Decision (docs/decisions.md): the project file wins over the editor, so that the editor and `ece check` in CI report
 * the same; the editor's settings apply to what the project file leaves unsaid.
 */
import * as path from 'node:path';
import { URI } from 'langium';
import { DEFAULT_PLANNING_HORIZON_MONTHS } from '../engine/growth.js';
import type { Severity } from '../rules/rule.js';
import { mergeSettings, parseEditorSettings, projectConfigTarget, resolveProjectConfig, type ConfigProblem, type ProjectConfig } from './project-config.js';

export type SeveritySetting = Severity | 'off';

export interface CheckerSettings {
    /** Rule id → severity, or 'off'. Rules not listed keep their default. */
    rules: Record<string, SeveritySetting>;
    planningHorizonMonths: number;
}

export const DEFAULT_SETTINGS: CheckerSettings = { rules: {}, planningHorizonMonths: DEFAULT_PLANNING_HORIZON_MONTHS };

/** Resolves the settings that apply to one deployment folder. */
export class EceSettings {
    private editor: Partial<CheckerSettings> = {};
    private explicit: ProjectConfig | undefined;
    private discovery = true;
    private workspaceRoots: readonly string[] | undefined;
    /** Folder path → the project file found for it (undefined: none). */
    private readonly found = new Map<string, ProjectConfig | undefined>();
    private readonly resolved = new Map<string, CheckerSettings>();

    /** Replaces the editor-level settings for every folder (tests, the editor's configuration); a project file still wins over them. */
    set(settings: Partial<CheckerSettings>): void {
        this.editor = { ...settings, rules: { ...settings.rules } };
        this.resolved.clear();
    }

    /**
     * The editor's `ece` configuration section (`ece.rules`, `ece.planningHorizonMonths`), validated:
     * invalid entries are left out and returned as problems (without positions) for the editor to show.
     */
    setEditorSettings(section: { rules?: unknown; planningHorizonMonths?: unknown } | undefined): ConfigProblem[] {
        const parsed = parseEditorSettings(section);
        this.set({ rules: parsed.rules, planningHorizonMonths: parsed.planningHorizonMonths });
        return parsed.problems;
    }

    /** A project file for every folder instead of the nearest one (the CLI's `--config PATH`); undefined goes back to finding it. */
    useConfigFile(config: ProjectConfig | undefined): void {
        this.explicit = config;
        this.resolved.clear();
    }

    /** Whether to look for `ece.config.json` above each folder (on unless turned off, e.g. by a `--no-config` option). */
    useDiscovery(enabled: boolean): void {
        this.discovery = enabled;
        this.invalidate();
    }

    /** The editor's workspace folders (paths or file URIs): the search for `ece.config.json` never leaves them. */
    setWorkspaceRoots(roots: readonly string[] | undefined): void {
        this.workspaceRoots = roots?.map(toPath).filter((p): p is string => p !== undefined);
        this.invalidate();
    }

    /** Forgets the files read, e.g. when an `ece.config.json` was created, changed or deleted. */
    invalidate(): void {
        this.found.clear();
        this.resolved.clear();
    }

    /** The project file that applies to a folder (a `file:` URI or a path), with its problems; undefined when there is none. */
    configFor(folder: string): ProjectConfig | undefined {
        if (this.explicit) return this.explicit;
        if (!this.discovery) return undefined;
        const folderPath = toPath(folder);
        if (folderPath === undefined) return undefined;
        if (!this.found.has(folderPath)) {
            this.found.set(folderPath, resolveProjectConfig(folderPath, { workspaceRoots: this.workspaceRoots }));
        }
        return this.found.get(folderPath);
    }

    /**
     * The file the "change this rule's severity in the project config" code action edits for a folder
     * (a `file:` URI or a path): the one that applies, or where a new one belongs. Undefined off disk.
     */
    configTargetFor(folder: string): string | undefined {
        if (this.explicit) return this.explicit.file;
        const folderPath = toPath(folder);
        return folderPath === undefined ? undefined : projectConfigTarget(folderPath, { workspaceRoots: this.workspaceRoots });
    }

    /** Every project file read so far (the explicit one included), each once, for reporting their problems. */
    loadedConfigs(): ProjectConfig[] {
        const all = [this.explicit, ...this.found.values()].filter((c): c is ProjectConfig => c !== undefined);
        return [...new Map(all.map(c => [c.file, c])).values()];
    }

    forFolder(folder: string): CheckerSettings {
        let settings = this.resolved.get(folder);
        if (!settings) {
            settings = mergeSettings(DEFAULT_SETTINGS, this.editor, this.configFor(folder));
            this.resolved.set(folder, settings);
        }
        return settings;
    }
}

/** A folder given as a `file:` URI or a path, as a path; undefined for other URI schemes (no file to look for). */
function toPath(folder: string): string | undefined {
    if (/^[a-z][a-z0-9+.-]+:\/\//i.test(folder)) {
        const uri = URI.parse(folder);
        return uri.scheme === 'file' ? uri.fsPath : undefined;
    }
    return path.resolve(folder);
}

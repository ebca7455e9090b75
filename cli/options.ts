import type { EceCoreServices } from '../language/ece-module.js';
import { formatConfigProblem, loadProjectConfig } from '../language/workspace/project-config.js';
import { UsageError } from './errors.js';

export interface CommonOptions {
    config?: string;
}

/**
 * Applies `--config` or else the nearest `ece.config.json` of each deployment folder. A project file
 * with problems stops the command (exit 2): CI must not check with settings the author did not mean.
 */
export function configureSettings(options: CommonOptions): (services: EceCoreServices, folders: readonly string[]) => void {
    return (services, folders) => {
        const settings = services.workspace.EceSettings;
        if (options.config) settings.useConfigFile(loadProjectConfig(options.config));
        const configs = new Map(folders.map(folder => settings.configFor(folder)).filter(c => c !== undefined).map(c => [c.file, c]));
        const problems = [...configs.values()].flatMap(c => c.problems);
        if (problems.length > 0) throw new UsageError(problems.map(formatConfigProblem).join('\n'));
    };
}

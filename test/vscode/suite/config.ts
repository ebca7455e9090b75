/** What the suite needs from the process that launched VS Code: written to a JSON file before launch. */
import { readFileSync } from 'node:fs';

export interface SuiteConfig {
    /** The `ece` CLI (out/cli/main.js), whose answers the editor must match. */
    cli: string;
    /** Where the results go (JSON), read by the launcher. */
    resultsFile: string;
}

export const CONFIG_ENV = 'ECE_VSCODE_SUITE_CONFIG';

let loaded: SuiteConfig | undefined;

export function setConfig(path: string): SuiteConfig {
    loaded = JSON.parse(readFileSync(path, 'utf8')) as SuiteConfig;
    return loaded;
}

export function config(): SuiteConfig {
    if (!loaded) throw new Error('The suite ran without its configuration');
    return loaded;
}

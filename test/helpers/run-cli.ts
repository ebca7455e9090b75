/** Runs the built `ece` command as a real process. */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { REPO_ROOT } from './check-folder.js';

export const CLI = path.join(REPO_ROOT, 'out/cli/main.js');

/**
 * The environment for a CLI run whose output a test reads: no colour. picocolors colours a pipe
 * when `CI` is set, so CI would otherwise see escape codes a local run does not.
 */
export const PLAIN_ENV: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };

export interface CliResult {
    status: number | null;
    stdout: string;
    stderr: string;
}

export function runCli(args: string[], cwd = REPO_ROOT): CliResult {
    const result = spawnSync(process.execPath, [CLI, ...args], {
        cwd, encoding: 'utf-8', env: PLAIN_ENV,
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function runCliJson<T>(args: string[], cwd = REPO_ROOT): T {
    const result = runCli(args, cwd);
    try {
        return JSON.parse(result.stdout) as T;
    } catch {
        throw new Error(`not JSON (exit ${result.status}): ${result.stdout}\n${result.stderr}`);
    }
}

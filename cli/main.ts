#!/usr/bin/env node
/** `ece`: the command-line checker and reporter for .ece deployments. */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { InputError, InternalError } from '../language/workspace/load-workspace.js';
import { checkCommand, type CheckOptions } from './commands/check.js';
import { DIFF_FORMATS, DIFF_HELP, diffCommand, parseFailOn, type DiffOptions } from './commands/diff.js';
import { analysisOver, growthJson, growthText } from './commands/growth.js';
import { REPORT_HELP, reportCommand, reportOptions, type ReportOptions } from './commands/report.js';
import { routesJson } from './commands/routes.js';
import { routesText } from '../report/text.js';
import { rulesJson, rulesText } from './commands/rules.js';
import { sizeJson, sizeText } from './commands/size.js';
import { EXIT_ERRORS, EXIT_OK, EXIT_USAGE, UsageError } from './errors.js';
import { configureSettings, type CommonOptions } from './options.js';
import { VERSION } from './version.js';
import { loadDeployments, type CheckedDeployment } from './workspace.js';
import { terminalText } from '../report/text.js';

function positiveInteger(value: string): number {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || n > 1200) throw new InvalidArgumentError('expected a whole number of months from 1 to 1200.');
    return n;
}

/** Commands other than `check` work on exactly one deployment: a folder, or a file in it. */
async function loadOne(path: string, options: CommonOptions): Promise<CheckedDeployment> {
    const [deployment] = await loadDeployments([path], { recursive: false, configure: configureSettings(options) });
    if (!deployment) throw new UsageError(`${path}: no deployment found`);
    return deployment;
}

function exitCodeOf(deployment: CheckedDeployment): number {
    return deployment.diagnostics.some(d => d.severity === 'error' && d.code.startsWith('syntax/')) ? EXIT_ERRORS : EXIT_OK;
}

function print(json: boolean, value: unknown, text: () => string): void {
    process.stdout.write(json ? JSON.stringify(value, null, 2) + '\n' : text());
}

export function createProgram(setExitCode: (code: number) => void): Command {
    const program = new Command('ece')
        .description('Check, size and report Cisco Enterprise Chat and Email (ECE) 12.0 deployments written as .ece files.')
        .version(VERSION, '-v, --version')
        .showHelpAfterError('(run with --help for usage)')
        .exitOverride();
    const configOption = () => new Option('--config <path>', 'use this ece.config.json instead of the nearest one');

    program.command('check')
        .description('report diagnostics for every deployment folder under the paths (exit 1 when any error)')
        .argument('<paths...>', 'deployment folders or .ece files')
        .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'sarif']).default('text'))
        .addOption(configOption())
        .option('--baseline <file>', 'report only findings not in this baseline, and say how many known ones it hid')
        .option('--write-baseline <file>', 'record every finding of this run in a baseline file')
        .addOption(new Option('--fix', 'apply every quick-fix, repeated until nothing changes, then check').conflicts('fixDryRun'))
        .option('--fix-dry-run', 'print the quick-fixes as a unified diff and write nothing')
        .action(async (paths: string[], options: CheckOptions) => {
            setExitCode(await checkCommand(paths, options));
        });

    program.command('size')
        .description('standardized agents, configuration, servers and OVA template (guide, chapter 2)')
        .argument('<path>', 'a deployment folder or a file in it')
        .option('--json', 'print JSON')
        .addOption(configOption())
        .action(async (path: string, options: CommonOptions & { json?: boolean }) => {
            const deployment = await loadOne(path, options);
            print(!!options.json, sizeJson(deployment), () => sizeText(deployment));
            setExitCode(exitCodeOf(deployment));
        });

    program.command('growth')
        .description('database growth per month and its projection (guide, Planning for Database Growth)')
        .argument('<path>', 'a deployment folder or a file in it')
        .option('--months <n>', 'planning horizon in months (default: the config\'s, else 36)', positiveInteger)
        .option('--json', 'print JSON')
        .addOption(configOption())
        .action(async (path: string, options: CommonOptions & { json?: boolean; months?: number }) => {
            const deployment = await loadOne(path, options);
            const analysis = analysisOver(deployment, options.months);
            print(!!options.json, growthJson(analysis), () => growthText(analysis));
            setExitCode(exitCodeOf(deployment));
        });

    program.command('routes')
        .description('the derived routing table: department, queue, MRD, script, skill groups, agents')
        .argument('<path>', 'a deployment folder or a file in it')
        .option('--json', 'print JSON')
        .addOption(configOption())
        .action(async (path: string, options: CommonOptions & { json?: boolean }) => {
            const deployment = await loadOne(path, options);
            print(!!options.json, routesJson(deployment), () => routesText(deployment.analysis.deployment.name, deployment.analysis.routes));
            setExitCode(exitCodeOf(deployment));
        });

    program.command('diff')
        .description('what a change does: configuration, servers, growth, routing and diagnostics, before and after')
        .argument('<folders...>', 'base and head deployment folders, or one folder with --base')
        .option('--base <rev>', 'compare the folder with itself at this git revision (branch, tag, commit, HEAD~1)')
        .addOption(new Option('--format <format>', 'output format').choices(DIFF_FORMATS).default('text'))
        .option('--fail-on <conditions>', 'exit 1 when the change crosses a configuration limit (limit) or introduces an error (error)', parseFailOn)
        .addOption(configOption())
        .addHelpText('after', DIFF_HELP)
        .action(async (paths: string[], options: DiffOptions) => {
            setExitCode(await diffCommand(paths, options));
        });

    program.command('rules')
        .description('every rule with its id, default severity, description and documentation link')
        .option('--json', 'print JSON')
        .action((options: { json?: boolean }) => print(!!options.json, rulesJson(), rulesText));

    const report = program.command('report')
        .description('the human summary of a deployment: sizing, growth, routing and diagnostics, as text, Markdown, HTML or SVG')
        .argument('<path>', 'a deployment folder or a file in it')
        .addOption(configOption())
        .addHelpText('after', REPORT_HELP)
        .action(async (path: string, options: CommonOptions & ReportOptions) => {
            setExitCode(await reportCommand(options, () => loadOne(path, options)));
        });
    reportOptions().forEach(option => report.addOption(option));

    program.command('mcp')
        .description('serve the workspace to AI agents over the Model Context Protocol on stdio (read-only; docs/ai.md)')
        .argument('[workspace]', 'the workspace folder', '.')
        .action(async (workspace: string) => {
            // Loaded only here: the MCP SDK takes longer to load than any other command takes to run.
            const { serveMcp } = await import('./mcp/server.js');
            await serveMcp(workspace);
        });

    return program;
}

export async function main(argv: string[]): Promise<number> {
    let exitCode = EXIT_OK;
    const program = createProgram(code => { exitCode = code; });
    try {
        await program.parseAsync(argv);
        return exitCode;
    } catch (error) {
        if (error instanceof CommanderError) {
            // Help and version exit 0; every other parse problem is a usage error.
            return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
        }
        if (error instanceof InputError || error instanceof UsageError || error instanceof InternalError) {
            process.stderr.write(error.message.split('\n').map(line => `ece: ${terminalText(line)}\n`).join(''));
            return EXIT_USAGE;
        }
        process.stderr.write(`ece: internal error: ${terminalText(error instanceof Error ? error.message : String(error))}\n`);
        return EXIT_USAGE;
    }
}

// A reader that stops early (`ece check … | head -1`) closes the pipe: that is a normal end, not an error.
for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT_OK);
        throw error;
    });
}

process.exitCode = await main(process.argv);

/**
 * The hooks of .pre-commit-hooks.yaml, run by Debian's `pre-commit` on a scratch repository: a commit
 * of a good deployment passes, a commit that adds an error is refused with the error printed. The
 * hooks repository is a copy of our hook definitions; the scratch project gets `ece` as an installed
 * project would (node_modules/.bin/ece).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/check-folder.js';
import { CLI } from '../helpers/run-cli.js';

const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'ece-pre-commit-')));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const env = {
    ...process.env,
    PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ''}`,
    PRE_COMMIT_HOME: path.join(root, 'cache'),
    GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.com', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.com',
    NO_COLOR: '1',
};

function run(cwd: string, command: string, ...args: string[]) {
    const result = spawnSync(command, args, { cwd, env, encoding: 'utf8' });
    if (result.error) throw result.error;
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

function git(cwd: string, ...args: string[]): string {
    const result = run(cwd, 'git', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args);
    if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.output}`);
    return result.output.trim();
}

describe('the pre-commit hook', () => {
    it('runs ece check on the staged deployments at each commit, and refuses a commit that adds an error', () => {
        const found = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
        if (found.error || found.status !== 0) {
            throw new Error('This test needs the `pre-commit` command, from Debian\'s pre-commit package: apt-get install -y pre-commit');
        }
        // The hooks repository: our hook definitions, committed.
        const hooks = path.join(root, 'hooks');
        fs.mkdirSync(hooks);
        fs.copyFileSync(path.join(REPO_ROOT, '.pre-commit-hooks.yaml'), path.join(hooks, '.pre-commit-hooks.yaml'));
        git(hooks, 'init', '-q');
        git(hooks, 'add', '-A');
        git(hooks, 'commit', '-q', '-m', 'hooks');
        const rev = git(hooks, 'rev-parse', 'HEAD');

        // The project: a deployment, ece installed in node_modules, and the hook configured.
        const project = path.join(root, 'project');
        fs.mkdirSync(path.join(project, 'site'), { recursive: true });
        fs.mkdirSync(path.join(project, 'node_modules/.bin'), { recursive: true });
        fs.symlinkSync(CLI, path.join(project, 'node_modules/.bin/ece'));
        for (const name of fs.readdirSync(path.join(REPO_ROOT, 'examples/blended-400'))) {
            fs.copyFileSync(path.join(REPO_ROOT, 'examples/blended-400', name), path.join(project, 'site', name));
        }
        fs.writeFileSync(path.join(project, '.gitignore'), 'node_modules/\n');
        fs.writeFileSync(path.join(project, '.pre-commit-config.yaml'), `repos:\n  - repo: ${hooks}\n    rev: ${rev}\n    hooks:\n      - id: ece-check\n`);
        git(project, 'init', '-q');
        expect(run(project, 'pre-commit', 'install').status).toBe(0);
        git(project, 'add', '-A');
        const good = run(project, 'git', 'commit', '-m', 'the site');
        expect(good.output).toMatch(/ece check\.+Passed/);
        expect(good.status).toBe(0);

        const ucce = path.join(project, 'site/ucce.ece');
        fs.writeFileSync(ucce, fs.readFileSync(ucce, 'utf8').replace('{ channel inbound email }', '{ channel inbound email non-interruptible }'));
        git(project, 'add', '-A');
        const bad = run(project, 'git', 'commit', '-m', 'a non-interruptible email MRD');
        expect(bad.output).toMatch(/ece check\.+Failed/);
        expect(bad.output).toContain('site/ucce.ece:3:42: error routing/email-mrd-interruptible');
        expect(bad.status).not.toBe(0);
        expect(git(project, 'log', '--format=%s')).toBe('the site');
    }, 240_000);
});

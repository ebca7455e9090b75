/**
 * `ece diff` as a process: between two folders, and between a folder and a git revision of a
 * repository the test creates (one commit adds 200 email agents, the next moves a skill group to
 * another department).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/check-folder.js';
import { runCli, runCliJson } from '../helpers/run-cli.js';
import type { DeploymentDiff } from '../../cli/diff/diff-model.js';

const EXAMPLE = path.join(REPO_ROOT, 'examples/blended-400');
const temporary: string[] = [];
afterEach(() => temporary.splice(0).forEach(dir => fs.rmSync(dir, { recursive: true, force: true })));

function tempDir(): string {
    const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'ece-diff-')));
    temporary.push(dir);
    return dir;
}

function copyExample(to: string): string {
    fs.mkdirSync(to, { recursive: true });
    for (const name of fs.readdirSync(EXAMPLE)) fs.copyFileSync(path.join(EXAMPLE, name), path.join(to, name));
    return to;
}

function edit(file: string, from: string, to: string): void {
    const text = fs.readFileSync(file, 'utf8');
    expect(text, `${file} holds ${from}`).toContain(from);
    fs.writeFileSync(file, text.replace(from, to));
}

/** 200 more email agents: 90 → 290 agents at 8 emails an hour. */
const addEmailAgents = (folder: string) => edit(path.join(folder, 'ece.ece'), 'email 90 agents at 8 emails per hour', 'email 290 agents at 8 emails per hour');

/** Skill group Billing_Outbound leaves Billing's outbound queue for Care's callback queue. */
function moveSkillGroup(folder: string): void {
    const file = path.join(folder, 'ece.ece');
    edit(file, '        skill groups Billing_Outbound\n', '');
    edit(file, 'skill groups Care_Callback\n', 'skill groups Care_Callback, Billing_Outbound\n');
}

function git(cwd: string, ...args: string[]): string {
    const result = spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
    return result.stdout.trim();
}

/** A new repository whose branch main has one commit: the example at `folder`. */
function repositoryWithExample(folder: string): { repo: string; site: string } {
    const repo = tempDir();
    const site = copyExample(path.join(repo, folder));
    git(repo, 'init', '-q', '-b', 'main');
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'the 400-agent site');
    return { repo, site };
}

type DiffJson = DeploymentDiff & { base: string; head: string };

describe('ece diff between two folders', { timeout: 240_000 }, () => {
    it('shows 200 more email agents: the configuration, OVA, servers to add, and the error it introduces', () => {
        const root = tempDir();
        const base = copyExample(path.join(root, 'before'));
        const head = copyExample(path.join(root, 'after'));
        addEmailAgents(head);
        const diff = runCliJson<DiffJson>(['diff', base, head, '--format', 'json'], root);
        expect(diff.sizing.configuration).toEqual({ before: '400-agent', after: '1500-agent' });
        expect(diff.sizing.ova).toEqual({ before: 'ECE_12.0_400_Win2016_vmv11_v1.0.ova', after: 'ECE_12.0_1500_Win2016_vmv11_v1.0.ova' });
        // 200 agents × 8 emails an hour ÷ 6 = 266.7 more standardized email agents (guide, Sizing Inputs).
        expect(diff.sizing.standardizedAgents.email.after - diff.sizing.standardizedAgents.email.before).toBeCloseTo(266.667, 2);
        expect(diff.sizing.standardizedAgents.total).toEqual({ before: 360, after: 627 });
        expect(diff.sizing.roles.find(r => r.role === 'web')).toEqual({ role: 'web', required: { before: 2, after: 5 }, declared: { before: 2, after: 2 } });
        // The 1500-agent configuration requires 5 application servers (docs/decisions.md, "Application servers").
        expect(diff.sizing.applicationServers).toEqual({ needed: { before: 1, after: 5 }, forLoad: { before: 1, after: 2 }, declared: { before: 1, after: 1 } });
        expect(diff.crossesConfigurationLimit).toBe(true);
        expect(diff.introducesErrors).toBe(true);
        expect(diff.diagnostics.introduced.map(d => d.code).sort()).toEqual(['sizing/agents-per-application-server', 'sizing/topology-below-configuration']);
        expect(diff.diagnostics.fixed).toEqual([]);
        expect(diff.routing).toEqual({ queues: [], leftWithoutAgents: [], newSharedSkillGroups: [] });

        const text = runCli(['diff', base, head], root);
        expect(text.status).toBe(0);
        expect(text.stdout).toContain('Changes to Blended_400 (before → after)');
        expect(text.stdout).toContain('Servers to add: 3 with the web role.');
        expect(text.stdout).toContain('The change crosses a configuration limit: 400-agent → 1500-agent.');
    });

    it('--fail-on limit and --fail-on error exit 1 when the change crosses a limit or introduces an error; a change that fixes one passes', () => {
        const root = tempDir();
        const base = copyExample(path.join(root, 'before'));
        const head = copyExample(path.join(root, 'after'));
        addEmailAgents(head);
        expect(runCli(['diff', base, head, '--fail-on', 'limit'], root).status).toBe(1);
        expect(runCli(['diff', base, head, '--fail-on', 'error'], root).status).toBe(1);
        // Back the other way: errors fixed and a smaller configuration do not fail.
        const back = runCliJson<DiffJson>(['diff', head, base, '--format', 'json'], root);
        expect(back.diagnostics.fixed.map(d => d.code).sort()).toEqual(['sizing/agents-per-application-server', 'sizing/topology-below-configuration']);
        expect(runCli(['diff', head, base, '--fail-on', 'limit,error'], root).status).toBe(0);
        expect(runCli(['diff', base, head, '--fail-on', 'money'], root)).toMatchObject({ status: 2, stderr: 'ece: --fail-on takes limit, error (comma-separated); found money\n' });
    });

    it('shows a skill group newly shared across departments, and the queue that gains its agent', () => {
        const root = tempDir();
        const base = copyExample(path.join(root, 'before'));
        const head = copyExample(path.join(root, 'after'));
        edit(path.join(head, 'ece.ece'), 'skill groups Care_Callback\n', 'skill groups Care_Callback, Billing_Outbound\n');
        const diff = runCliJson<DiffJson>(['diff', base, head, '--format', 'json'], root);
        expect(diff.routing.newSharedSkillGroups).toEqual([{ skillGroup: 'Billing_Outbound', departments: ['Billing', 'Care'] }]);
        expect(diff.routing.queues).toEqual([{
            department: 'Care', queue: 'Callback_MRD_Care_Callback_Script', agents: { before: 2, after: 3 }, gained: ['Avery'], lost: [],
        }]);
        expect(diff.diagnostics.introduced.map(d => d.code)).toContain('routing/skill-group-shared-across-departments');
        expect(runCli(['diff', base, head, '--fail-on', 'error'], root).status).toBe(1);
        const markdown = runCli(['diff', base, head, '--format', 'markdown'], root).stdout;
        expect(markdown).toContain('- Skill group Billing_Outbound is now shared across departments Billing, Care.');
        expect(markdown).toContain('#### Routing');
    });
});

describe('ece diff of database growth', { timeout: 240_000 }, () => {
    it('shows the growth per month and the month the smaller disk fills', () => {
        const root = tempDir();
        const base = copyExample(path.join(root, 'before'));
        const head = copyExample(path.join(root, 'after'));
        edit(path.join(head, 'ece.ece'), 'incoming emails 110,000 per month', 'incoming emails 150,000 per month');
        edit(path.join(head, 'ece.ece'), 'disk 1 TB', 'disk 100 GB');
        const diff = runCliJson<DiffJson>(['diff', base, head, '--format', 'json'], root);
        // 40,000 more incoming emails × 2 × (6 + 10 KB × 2) / 1024 MB (guide, Planning for Database Growth).
        expect(diff.growth.monthlyMB.email.after - diff.growth.monthlyMB.email.before).toBeCloseTo(40_000 * 2 * 26 / 1024, 6);
        expect(diff.growth.diskGB).toEqual({ before: 1024, after: 100 });
        expect(diff.growth.diskFullMonth).toEqual({ before: null, after: 6 });
        expect(diff.diagnostics.introduced.map(d => d.code).sort()).toEqual(['sizing/database-disk-exhaustion', 'sizing/email-rate-exceeds-configuration']);
    });
});

describe('ece diff --base REV', { timeout: 240_000 }, () => {
    it('compares the working tree with commits of a repository: 200 email agents, then a skill group moved to another department', () => {
        const { repo, site } = repositoryWithExample('deployments/blended site');
        addEmailAgents(site);
        git(repo, 'commit', '-q', '-am', '200 more email agents');
        moveSkillGroup(site);
        git(repo, 'commit', '-q', '-am', 'Billing_Outbound moves to Care');
        const before = fs.readdirSync(repo, { recursive: true }).length;

        // The first commit against the second.
        const agents = runCliJson<DiffJson>(['diff', '--base', 'HEAD~2', site, '--format', 'json'], repo);
        expect(agents.base).toBe('HEAD~2');
        expect(agents.sizing.configuration).toEqual({ before: '400-agent', after: '1500-agent' });
        expect(agents.sizing.standardizedAgents.total).toEqual({ before: 360, after: 627 });

        // The skill group's move, against the commit before it (by branch name, by abbreviated id).
        const previous = git(repo, 'rev-parse', '--short', 'HEAD~1');
        for (const base of ['HEAD~1', 'main^', previous]) {
            const moved = runCliJson<DiffJson>(['diff', '--base', base, site, '--format', 'json'], repo);
            expect(moved.sizing.configuration).toEqual({ before: '1500-agent', after: '1500-agent' });
            expect(moved.routing.queues).toEqual([
                { department: 'Billing', queue: 'Outbound_MRD_Billing_Outbound_Script', agents: { before: 1, after: 0 }, gained: [], lost: ['Avery'] },
                { department: 'Care', queue: 'Callback_MRD_Care_Callback_Script', agents: { before: 2, after: 3 }, gained: ['Avery'], lost: [] },
            ]);
            expect(moved.routing.leftWithoutAgents).toEqual([{ department: 'Billing', queue: 'Outbound_MRD_Billing_Outbound_Script' }]);
            expect(moved.diagnostics.introduced.map(d => d.code)).toContain('routing/queue-without-agents');
        }
        // Nothing changed since HEAD.
        expect(runCli(['diff', '--base', 'HEAD', site], repo).stdout).toContain('No change to sizing, growth, routing or diagnostics.');
        // The repository is left as it was: no file written into it.
        expect(fs.readdirSync(repo, { recursive: true }).length).toBe(before);
        expect(git(repo, 'status', '--porcelain')).toBe('');
        // A folder the revision did not have: everything is new.
        const added = runCliJson<DiffJson>(['diff', '--base', 'HEAD', copyExample(path.join(repo, 'new site')), '--format', 'json'], repo);
        expect(added.sizing.standardizedAgents.total).toEqual({ before: 0, after: 360 });
    });

    it('names a revision that does not exist, and a folder outside any repository, with exit 2', () => {
        const repo = tempDir();
        const site = copyExample(path.join(repo, 'site'));
        git(repo, 'init', '-q');
        git(repo, 'add', '-A');
        git(repo, 'commit', '-q', '-m', 'first');
        expect(runCli(['diff', '--base', 'no-such-branch', site], repo)).toMatchObject({ status: 2, stderr: `ece: no-such-branch: no such branch, tag or commit in ${repo}\n` });
        expect(runCli(['diff', '--base', 'HEAD~5', site], repo).stderr).toMatch(/^ece: HEAD~5: the commit [0-9a-f]{12} has no such parent\n$/);
        const outside = copyExample(path.join(tempDir(), 'site'));
        expect(runCli(['diff', '--base', 'HEAD', outside], repo).status).toBe(2);
    });
});

describe('ece diff in the README', { timeout: 240_000 }, () => {
    it('prints what the README shows: 200 more email agents and a skill group moved, against main', () => {
        const { repo, site } = repositoryWithExample('deployments/blended-400');
        addEmailAgents(site);
        moveSkillGroup(site);
        const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
        const shown = /```text\n(Changes to Blended_400 \(main → working tree\)\n[\s\S]*?)```/.exec(readme)?.[1];
        expect(shown, 'README.md shows the output of ece diff --base main deployments/blended-400').toBeDefined();
        const run = runCli(['diff', '--base', 'main', 'deployments/blended-400', '--fail-on', 'limit,error'], repo);
        expect(run.stdout).toBe(shown);
        expect(run.status).toBe(1);
    });
});

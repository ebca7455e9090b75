/**
 * test/prerequisites.sh, the first step of `npm test`, on a machine where every Debian package is
 * missing: the system's dpkg-query, id, sudo and apt-get are replaced by stand-ins on PATH, so that
 * nothing is installed for real.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './helpers/check-folder.js';

const SCRIPT = path.join(REPO_ROOT, 'test/prerequisites.sh');
const PACKAGES = 'chromium libkrb5-dev libxkbfile-dev libsecret-1-dev neovim pre-commit';

describe('the prerequisites of npm test', () => {
    let dir: string;

    beforeEach(() => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ece-prerequisites-'));
        fs.mkdirSync(path.join(dir, 'bin'));
    });
    afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

    /** A command on PATH that records its arguments in `<name>.log` and runs `body`. */
    function standIn(name: string, body: string): void {
        const file = path.join(dir, 'bin', name);
        fs.writeFileSync(file, `#!/bin/sh\necho "$*" >> "${path.join(dir, `${name}.log`)}"\n${body}\n`);
        fs.chmodSync(file, 0o755);
    }

    function calls(name: string): string[] {
        const log = path.join(dir, `${name}.log`);
        return fs.existsSync(log) ? fs.readFileSync(log, 'utf8').trim().split('\n') : [];
    }

    function runScript(): { status: number | null; stdout: string; stderr: string } {
        const result = spawnSync('bash', [SCRIPT], {
            encoding: 'utf8', timeout: 10_000, env: { ...process.env, PATH: `${path.join(dir, 'bin')}:${process.env.PATH ?? ''}` },
        });
        return { status: result.status, stdout: result.stdout, stderr: result.stderr };
    }

    beforeEach(() => {
        standIn('dpkg-query', 'exit 1');
        standIn('apt-get', 'exit 0');
    });

    it('stops at once without root or passwordless sudo, with one line naming the packages and the command', () => {
        standIn('id', 'echo 1000');
        standIn('sudo', 'exit 1');
        const result = runScript();
        expect(result.status).toBe(1);
        expect(result.stdout).toBe('');
        expect(result.stderr).toBe(`The tests need the Debian packages ${PACKAGES}: install them as root with: `
            + `sudo sh -c 'apt-get update && apt-get install -y --no-install-recommends ${PACKAGES}'\n`);
        expect(calls('apt-get')).toEqual([]);
    });

    it('installs them as root, and says so in one line', () => {
        standIn('id', 'echo 0');
        const result = runScript();
        expect(result.status).toBe(0);
        expect(result.stdout).toBe(`Installing the Debian packages the tests need: ${PACKAGES}\n`);
        expect(calls('apt-get')).toEqual([`install -y -qq --no-install-recommends ${PACKAGES}`]);
    });

    it('refreshes the package lists when the install fails without them', () => {
        standIn('id', 'echo 0');
        const lists = path.join(dir, 'lists');
        standIn('apt-get', `[ "$1" = update ] && touch "${lists}"; [ -e "${lists}" ]`);
        const result = runScript();
        expect(result.status).toBe(0);
        expect(calls('apt-get')).toEqual([`install -y -qq --no-install-recommends ${PACKAGES}`, 'update -qq',
            `install -y -qq --no-install-recommends ${PACKAGES}`]);
    });

    it('installs them with passwordless sudo', () => {
        standIn('id', 'echo 1000');
        standIn('sudo', '[ "$1" = -n ] && shift; exec "$@"');
        const result = runScript();
        expect(result.status).toBe(0);
        expect(calls('sudo')).toEqual(['-n true', `env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${PACKAGES}`]);
        expect(calls('apt-get')).toHaveLength(1);
    });

    it('shows apt-get\'s own words when the install fails', () => {
        standIn('id', 'echo 0');
        standIn('apt-get', 'echo "E: Unable to locate package chromium" >&2; exit 100');
        const result = runScript();
        expect(result.status).toBe(1);
        expect(result.stderr).toContain('E: Unable to locate package chromium');
        expect(result.stderr).toMatch(/apt-get failed to install chromium .*pre-commit \(full log: /);
        fs.rmSync(result.stderr.match(/full log: ([^)\s]+)\)/)![1]!, { force: true });
    });

    it('does nothing when every package is installed', () => {
        standIn('dpkg-query', 'printf "install ok installed"');
        standIn('id', 'echo 1000');
        const result = runScript();
        expect(result).toEqual({ status: 0, stdout: '', stderr: '' });
        expect(calls('dpkg-query')).toHaveLength(PACKAGES.split(' ').length);
    });
});

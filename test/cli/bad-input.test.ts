/**
 * `ece check` on inputs that are not plain `.ece` text files (beyond check.test.ts's missing, binary,
 * non-UTF-8, huge and empty files): each is refused with one line naming the path and the reason, and
 * exit code 2, never a stack trace and never a hang. Works when the tests run as root (where no
 * permission makes a file unreadable): pipes, links and folders stand for what cannot be read.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeTempFolder } from '../helpers/check-folder.js';
import { runCli, runCliJson } from '../helpers/run-cli.js';

const VALID = 'deployment Lab { workflow processes 2 workflow instances 2 }\nmrd Email_MRD { channel inbound email }\n';

function expectRefused(args: string[], shownPath: string, reason: string): void {
    const result = runCli(['check', ...args]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`ece: ${shownPath}: ${reason}\n`);
}

/** A folder with a valid main.ece and `entry` (a name ending in .ece) made by `make`. */
function deploymentWith(entry: string, make: (file: string) => void): { folder: string; file: string } {
    const folder = writeTempFolder({ 'main.ece': VALID });
    const file = path.join(folder, entry);
    make(file);
    return { folder, file };
}

const fifo = (file: string) => execFileSync('mkfifo', [file]);

describe('ece check on what cannot be read as a file', () => {
    it('refuses a named pipe given as the file, without waiting on it', () => {
        const { file } = deploymentWith('pipe.ece', fifo);
        expectRefused([file], file, 'neither a file nor a folder');
    });

    it('refuses a deployment folder holding a named pipe called *.ece', () => {
        const { folder, file } = deploymentWith('pipe.ece', fifo);
        expectRefused([folder], file, 'not a regular file (a pipe, socket or device)');
    });

    it('refuses a folder called *.ece inside a deployment folder', () => {
        const { folder, file } = deploymentWith('old.ece', f => fs.mkdirSync(f));
        expectRefused([folder], file, 'is a folder, not a file');
    });

    it('refuses a dangling link, given as the file or found in the folder', () => {
        const { folder, file } = deploymentWith('gone.ece', f => fs.symlinkSync(path.join(path.dirname(f), 'nowhere.ece'), f));
        expectRefused([file], file, 'no such file or folder');
        expectRefused([folder], file, 'a symbolic link to nothing');
    });

    it('refuses a link that loops', () => {
        const { folder, file } = deploymentWith('loop.ece', f => fs.symlinkSync(f, f));
        expectRefused([file], file, 'a symbolic link that loops');
        expectRefused([folder], file, 'a symbolic link that loops');
    });

    it('refuses a link to a file elsewhere, rather than checking the deployment without it (the language server does not follow links either)', () => {
        const elsewhere = writeTempFolder({ 'shared.ece': 'mrd Chat_MRD { channel chat }\n' });
        const { folder, file } = deploymentWith('shared.ece', f => fs.symlinkSync(path.join(elsewhere, 'shared.ece'), f));
        const reason = 'a symbolic link; ece reads only regular files, so that a deployment never takes in a file from elsewhere';
        expectRefused([folder], file, reason);
        // Naming the link itself does not check its folder without it.
        expectRefused([file], file, reason);
    });

    it('leaves hidden entries out, as the language server does: an editor\'s lock link .#main.ece is no input error', () => {
        const { folder } = deploymentWith('.#main.ece', f => fs.symlinkSync('user@host.4242:1700000000', f));
        const { summary } = runCliJson<{ summary: { files: number; errors: number } }>(['check', folder, '--format', 'json']);
        expect(summary).toMatchObject({ files: 1, errors: 0 });
    });

    it('refuses a path that goes through a file as if it were a folder', () => {
        const folder = writeTempFolder({ 'main.ece': VALID });
        const through = path.join(folder, 'main.ece', 'inner.ece');
        expectRefused([through], through, 'a path through something that is not a folder');
    });

    it('refuses a UTF-16 file as not text, and reads a UTF-8 file with a byte-order mark', () => {
        const utf16 = writeTempFolder({});
        fs.writeFileSync(path.join(utf16, 'main.ece'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(VALID, 'utf16le')]));
        expectRefused([utf16], path.join(utf16, 'main.ece'), 'not a text file (it contains NUL bytes)');
        const bom = writeTempFolder({ 'main.ece': '\uFEFFmrd Chat_MRD { channel teleport }\n' });
        const { diagnostics } = runCliJson<{ diagnostics: { line: number; column: number; code: string }[] }>(['check', bom, '--format', 'json']);
        // Columns count from the text after the mark: 'teleport' is the 24th character of the line.
        expect(diagnostics.filter(d => d.code === 'syntax/parse-error').map(d => [d.line, d.column])).toEqual([[1, 24]]);
    });

    it('refuses a file cut in the middle of a UTF-8 character', () => {
        const folder = writeTempFolder({});
        fs.writeFileSync(path.join(folder, 'main.ece'), Buffer.concat([Buffer.from('mrd Caf'), Buffer.from([0xc3])]));
        expectRefused([folder], path.join(folder, 'main.ece'), 'not valid UTF-8 text');
    });
});

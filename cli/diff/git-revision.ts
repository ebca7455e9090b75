/**
 * A deployment folder as it was at a git revision, read from the repository's objects by
 * isomorphic-git: no `git` process is started and no socket opened (docs/security.md), and nothing is
 * written. Revisions are a branch, tag or (abbreviated) commit id, optionally followed by `~N` or `^N`.
 * As on disk, only regular `.ece` files directly in the folder count, hidden ones left out.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as git from 'isomorphic-git';
import { MAX_FILE_BYTES } from '../../language/workspace/load-workspace.js';
import { UsageError } from '../errors.js';
import type { FolderTexts } from '../workspace.js';

const REGULAR_FILE_MODES = new Set(['100644', '100755']);

async function findRepository(folder: string): Promise<string> {
    try {
        return await git.findRoot({ fs, filepath: folder });
    } catch {
        throw new UsageError(`${folder}: not in a git repository, so --base cannot read a revision`);
    }
}

async function resolveRevision(dir: string, revision: string): Promise<string> {
    const match = /^(.+?)((?:[~^]\d*)*)$/.exec(revision);
    if (!match) throw new UsageError(`${revision}: not a revision`);
    const [, name, suffix] = match;
    let oid: string;
    try {
        oid = await git.resolveRef({ fs, dir, ref: name });
    } catch {
        try {
            if (!/^[0-9a-f]{4,40}$/i.test(name)) throw new Error('not an object id');
            oid = await git.expandOid({ fs, dir, oid: name.toLowerCase() });
        } catch {
            throw new UsageError(`${revision}: no such branch, tag or commit in ${dir}`);
        }
    }
    for (const [, op, count] of suffix.matchAll(/([~^])(\d*)/g)) {
        const n = count === '' ? 1 : Number(count);
        if (op === '^' && n === 0) continue;
        for (let step = 0; step < (op === '~' ? n : 1); step++) {
            const { commit } = await git.readCommit({ fs, dir, oid });
            const parent = commit.parent[op === '^' ? n - 1 : 0];
            if (parent === undefined) throw new UsageError(`${revision}: the commit ${oid.slice(0, 12)} has no such parent`);
            oid = parent;
        }
    }
    return oid;
}

function decode(bytes: Uint8Array, shown: string): string {
    if (bytes.length > MAX_FILE_BYTES) throw new UsageError(`${shown}: too large`);
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
    } catch {
        throw new UsageError(`${shown}: not valid UTF-8 text`);
    }
}

/** The `.ece` files of `folder` at `revision`; none when the folder did not exist then. */
export async function readFolderAtRevision(folder: string, revision: string): Promise<FolderTexts> {
    const absolute = path.resolve(folder);
    const dir = await findRepository(absolute);
    const oid = await resolveRevision(dir, revision);
    const relative = path.relative(dir, absolute).split(path.sep).join('/');
    let entries: Awaited<ReturnType<typeof git.readTree>>['tree'];
    try {
        entries = (await git.readTree({ fs, dir, oid, ...(relative ? { filepath: relative } : {}) })).tree;
    } catch {
        entries = [];
    }
    const files = new Map<string, string>();
    for (const entry of entries) {
        if (entry.type !== 'blob' || !REGULAR_FILE_MODES.has(entry.mode) || !entry.path.endsWith('.ece') || entry.path.startsWith('.')) continue;
        const { blob } = await git.readBlob({ fs, dir, oid: entry.oid });
        files.set(path.join(absolute, entry.path), decode(blob, `${revision}:${relative ? `${relative}/` : ''}${entry.path}`));
    }
    return { path: absolute, files };
}

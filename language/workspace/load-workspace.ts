/**
 * Loads deployment folders from disk for the command line: finds the folders under the given
 * paths, reads their `.ece` files as UTF-8 text, and builds them with the language's services.
 * Problems with the files themselves are returned as `InputError`s, never thrown as stack traces.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { URI, type LangiumDocument } from 'langium';
import type { EceCoreServices } from '../ece-module.js';

export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export class InputError extends Error {
    constructor(readonly path: string, reason: string) {
        super(`${path}: ${reason}`);
    }
}

/** A failure of the checker itself, with the file or folders it was working on, so that the user knows which input to look at. */
export class InternalError extends Error {
    constructor(readonly path: string, cause: unknown) {
        super(`${path}: internal error: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    }
}

/** `error` as it should reach the user: already naming its input, or an internal error naming `place`. */
function named(place: string, error: unknown): Error {
    return error instanceof InputError || error instanceof InternalError ? error : new InternalError(place, error);
}

export interface LoadedFolder {
    /** Absolute path of the folder. */
    path: string;
    uri: string;
    documents: LangiumDocument[];
}

/** The deployment folders named by `inputs`: a file means its folder; a folder means every folder below it holding `.ece` files. */
export function findDeploymentFolders(inputs: readonly string[], recursive = true): string[] {
    const folders = new Set<string>();
    for (const input of inputs) {
        const absolute = path.resolve(input);
        const stat = statOrThrow(absolute, input);
        if (stat.isFile()) {
            if (!absolute.endsWith('.ece')) throw new InputError(input, 'not an .ece file');
            folders.add(path.dirname(absolute));
        } else if (stat.isDirectory()) {
            const found = recursive ? foldersWithEceFiles(absolute) : (eceFilesIn(absolute).length > 0 ? [absolute] : []);
            if (found.length === 0) throw new InputError(input, 'no .ece files in this folder');
            found.forEach(f => folders.add(f));
        } else {
            throw new InputError(input, 'neither a file nor a folder');
        }
    }
    return [...folders].sort();
}

function statOrThrow(p: string, shown: string): fs.Stats {
    try {
        return fs.statSync(p);
    } catch (error) {
        throw new InputError(shown, describeFsError(error));
    }
}

function describeFsError(error: unknown): string {
    const code = (error as NodeJS.ErrnoException).code;
    switch (code) {
        case 'ENOENT': return 'no such file or folder';
        case 'EACCES': case 'EPERM': return 'permission denied';
        case 'EISDIR': return 'is a folder, not a file';
        case 'ELOOP': return 'a symbolic link that loops';
        case 'ENOTDIR': return 'a path through something that is not a folder';
        default: return error instanceof Error ? error.message : String(error);
    }
}

/** Why an entry named `*.ece` that is not a regular file is not read. */
function describeOddEntry(file: string, entry: fs.Dirent): string {
    if (entry.isDirectory()) return 'is a folder, not a file';
    if (!entry.isSymbolicLink()) return 'not a regular file (a pipe, socket or device)';
    const target = fs.statSync(file, { throwIfNoEntry: false });
    return target === undefined ? 'a symbolic link to nothing'
        : 'a symbolic link; ece reads only regular files, so that a deployment never takes in a file from elsewhere';
}

/**
 * The `.ece` files of a folder, hidden ones left out. Anything else named `*.ece` there (a folder, a link, a pipe) is an
 * input error rather than silently left out: the language server does not read it either, and a
 * deployment checked without one of its files would pass for what it is not.
 */
export function eceFilesIn(folder: string): string[] {
    let entries: fs.Dirent[];
    try {
        entries = fs.readdirSync(folder, { withFileTypes: true });
    } catch (error) {
        throw new InputError(folder, describeFsError(error));
    }
    // Hidden entries (`.#main.ece`, an editor's lock link) are not part of a deployment, as for the language server.
    const named = entries.filter(e => e.name.endsWith('.ece') && !e.name.startsWith('.')).sort((a, b) => a.name.localeCompare(b.name));
    const odd = named.find(e => !e.isFile());
    if (odd) {
        const file = path.join(folder, odd.name);
        let reason: string;
        try {
            reason = describeOddEntry(file, odd);
        } catch (error) {
            reason = describeFsError(error);
        }
        throw new InputError(file, reason);
    }
    return named.map(e => path.join(folder, e.name)).sort();
}

function foldersWithEceFiles(root: string): string[] {
    const result: string[] = [];
    const visit = (folder: string) => {
        if (eceFilesIn(folder).length > 0) result.push(folder);
        for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
            if (entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules') {
                visit(path.join(folder, entry.name));
            }
        }
    };
    visit(root);
    return result;
}

/** Reads a file as text, refusing what is not: unreadable, too large, binary or not UTF-8. */
export function readEceText(file: string): string {
    let bytes: Buffer;
    try {
        const stat = fs.statSync(file);
        if (stat.isDirectory()) throw new InputError(file, 'is a folder, not a file');
        if (stat.size > MAX_FILE_BYTES) {
            throw new InputError(file, `too large (${(stat.size / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 1024 / 1024} MB)`);
        }
        bytes = fs.readFileSync(file);
    } catch (error) {
        if (error instanceof InputError) throw error;
        throw new InputError(file, describeFsError(error));
    }
    if (bytes.includes(0)) throw new InputError(file, 'not a text file (it contains NUL bytes)');
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
    } catch {
        throw new InputError(file, 'not valid UTF-8 text');
    }
}

/** Where a folder's files and their text come from: the disk, or (for a what-if) texts held in memory. */
export interface FolderSource {
    files(folder: string): string[];
    read(file: string): string;
}

export const DISK: FolderSource = { files: eceFilesIn, read: readEceText };

/** Reads and builds the given folders (parse, link, validate) in one workspace. */
export async function loadFolders(services: EceCoreServices, folders: readonly string[], source: FolderSource = DISK): Promise<LoadedFolder[]> {
    const factory = services.shared.workspace.LangiumDocumentFactory;
    const langiumDocuments = services.shared.workspace.LangiumDocuments;
    const loaded: LoadedFolder[] = folders.map(folder => ({
        path: folder,
        uri: URI.file(folder).toString(),
        documents: source.files(folder).map(file => {
            const text = source.read(file);
            try {
                const document = factory.fromString(text, URI.file(file));
                langiumDocuments.addDocument(document);
                return document;
            } catch (error) {
                throw named(file, error);
            }
        }),
    }));
    try {
        await services.shared.workspace.DocumentBuilder.build(loaded.flatMap(f => f.documents), { validation: true });
    } catch (error) {
        throw named(folders.join(', '), error);
    }
    return loaded;
}

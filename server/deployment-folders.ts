/**
 * The deployment folders of the workspace that the server knows by their files but does not hold
 * in memory: those listed at start and not read yet (waiting), and those the background check read,
 * checked and let go (checked: their diagnostics are with the editor; see background-check.ts).
 * A folder is read when a file of it is opened (document-update-handler.ts) or, one folder at a
 * time, by the background check. Whoever takes a folder reads it.
 */
import type { URI } from 'langium';
import { deploymentFolderOf } from '../language/workspace/deployment-folder.js';

interface KnownFolder {
    files: URI[];
    /** Checked, its diagnostics published, and let go; otherwise waiting to be checked. */
    checked: boolean;
}

export class DeploymentFolders {
    /** Folder URI → its files, in the order folders were listed. */
    private readonly folders = new Map<string, KnownFolder>();

    /** Lists files to check, grouped by deployment folder. */
    wait(files: Iterable<URI>): void {
        for (const file of files) {
            const folder = deploymentFolderOf(file);
            const known = this.folders.get(folder) ?? { files: [], checked: false };
            if (!known.files.some(f => f.toString() === file.toString())) known.files.push(file);
            known.checked = false;
            this.folders.set(folder, known);
        }
    }

    /** How many folders wait to be checked. */
    get count(): number {
        let waiting = 0;
        for (const known of this.folders.values()) if (!known.checked) waiting++;
        return waiting;
    }

    /** The next folder to check: the first listed that waits. */
    next(): string | undefined {
        for (const [folder, known] of this.folders) if (!known.checked) return folder;
        return undefined;
    }

    /** Whether the folder is one of these: waiting, or checked and let go. */
    notInMemory(folder: string): boolean {
        return this.folders.has(folder);
    }

    isWaiting(folder: string): boolean {
        return this.folders.get(folder)?.checked === false;
    }

    /** The folder's files, which its caller now reads; undefined when the folder is in memory already or unknown. */
    take(folder: string): URI[] | undefined {
        const files = this.folders.get(folder)?.files;
        this.folders.delete(folder);
        return files;
    }

    /** A folder whose reading was cancelled waits again, first in line. */
    putBack(folder: string, files: URI[]): void {
        const rest = [...this.folders];
        this.folders.clear();
        this.folders.set(folder, { files, checked: false });
        for (const [other, known] of rest) this.folders.set(other, known);
    }

    /** A folder was checked and let go: it is read again when one of its files is opened. */
    letGo(folder: string, files: URI[]): void {
        this.folders.set(folder, { files, checked: true });
    }

    /** The files it knows in `folder` and the folders below it (a folder deleted on disk). */
    filesUnder(folder: URI): URI[] {
        const prefix = `${folder.toString().replace(/\/$/, '')}/`;
        return [...this.folders.values()].flatMap(known => known.files).filter(file => file.toString().startsWith(prefix));
    }

    /** Every checked folder waits again (the settings changed); returns how many. */
    recheck(): number {
        let count = 0;
        for (const known of this.folders.values()) {
            if (known.checked) count++;
            known.checked = false;
        }
        return count;
    }

    /**
     * A file of a folder not in memory was created, changed or deleted on disk: noted here, and the
     * folder waits to be checked again. Returns false for a file whose folder is in memory (the
     * caller handles it).
     */
    fileChanged(file: URI, deleted: boolean): boolean {
        const folder = deploymentFolderOf(file);
        const known = this.folders.get(folder);
        if (!known) return false;
        const others = known.files.filter(f => f.toString() !== file.toString());
        const files = deleted ? others : [...others, file];
        if (files.length > 0) this.folders.set(folder, { files, checked: false });
        else this.folders.delete(folder);
        return true;
    }
}

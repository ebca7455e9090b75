/**
 * The deployment folders of the workspace that the server has listed but not read yet. At start the
 * server only lists the `.ece` files (ece-workspace-manager.ts); a folder is read and checked when a
 * file of it is opened (document-update-handler.ts) or, one folder at a time, by the background
 * check (background-check.ts). Each file is read once: whoever takes a folder reads it.
 */
import type { URI } from 'langium';
import { deploymentFolderOf } from '../language/workspace/deployment-folder.js';

export class DeploymentFolders {
    /** Folder URI → its files not read yet, in the order folders were listed. */
    private readonly waiting = new Map<string, URI[]>();

    /** Lists files to read later, grouped by deployment folder. */
    wait(files: Iterable<URI>): void {
        for (const file of files) {
            const folder = deploymentFolderOf(file);
            const list = this.waiting.get(folder) ?? [];
            if (!list.some(f => f.toString() === file.toString())) list.push(file);
            this.waiting.set(folder, list);
        }
    }

    /** How many folders wait. */
    get count(): number {
        return this.waiting.size;
    }

    /** The next folder to read: the first listed. */
    next(): string | undefined {
        return this.waiting.keys().next().value;
    }

    isWaiting(folder: string): boolean {
        return this.waiting.has(folder);
    }

    /** The folder's files, which its caller now reads; undefined when it does not wait. */
    take(folder: string): URI[] | undefined {
        const files = this.waiting.get(folder);
        this.waiting.delete(folder);
        return files;
    }

    /** A folder whose reading was cancelled waits again, first in line. */
    putBack(folder: string, files: URI[]): void {
        const rest = [...this.waiting];
        this.waiting.clear();
        this.waiting.set(folder, files);
        for (const [other, list] of rest) this.waiting.set(other, list);
    }

    /**
     * A file of a waiting folder was created or deleted on disk: noted here, read with its folder.
     * Returns false for a file whose folder does not wait (the caller handles it).
     */
    fileChanged(file: URI, deleted: boolean): boolean {
        const folder = deploymentFolderOf(file);
        const list = this.waiting.get(folder);
        if (!list) return false;
        const others = list.filter(f => f.toString() !== file.toString());
        const files = deleted ? others : [...others, file];
        if (files.length > 0) this.waiting.set(folder, files);
        else this.waiting.delete(folder);
        return true;
    }
}

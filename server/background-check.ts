/**
 * Checks the workspace's waiting deployment folders (deployment-folders.ts) in the background, one
 * folder per build, with work-done progress ("Checking 40 deployments") in the editor. A folder is a
 * build of its own, so an opened file or a keystroke never waits for the whole workspace: its build
 * cancels the background one, whose half-read folder is forgotten and read again afterwards.
 *
 * Once checked, a folder none of whose files is open is let go: its diagnostics are with the editor,
 * and its documents leave memory. The server holds the deployments being edited, not the workspace:
 * a workspace of 40 deployments costs the memory, and a keystroke the time, of the ones open. A file
 * of a folder let go is read again when it is opened, or when it changes on disk.
 */
import { isOperationCancelled, URI, UriUtils } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { CancellationToken, WorkDoneProgressServerReporter } from 'vscode-languageserver';
import type { DeploymentFolders } from './deployment-folders.js';
import { GarbageBudget } from './garbage-budget.js';

export class BackgroundCheck {
    private running = false;
    private starting: NodeJS.Timeout | undefined;
    private readonly garbage = new GarbageBudget();

    constructor(
        private readonly shared: LangiumSharedServices,
        private readonly folders: DeploymentFolders,
    ) {}

    /**
     * Starts checking the waiting folders, unless that runs already or none waits; after `delayMs`,
     * so that files arriving on disk in several notifications (a pull, a copy) make one run.
     */
    start(delayMs = 0): void {
        if (this.running || this.starting) return;
        this.starting = setTimeout(() => {
            this.starting = undefined;
            if (this.running || this.folders.count === 0) return;
            this.running = true;
            this.run()
                .catch(error => console.error('ECE language server: checking the workspace in the background failed.', error))
                .finally(() => { this.running = false; });
        }, delayMs);
    }

    /**
     * Brings a folder into memory now, for a request about a file of it (a report, a summary) that
     * cannot wait for the background's turn: reads it if it waits or was let go; if someone else
     * reads it (an opened file's build, the background), waits for that build, and reads it again if
     * the background let go of it meanwhile. The build of a folder read here may be cancelled by a
     * newer one, which finishes its files.
     */
    async readNow(folder: string): Promise<void> {
        const { WorkspaceLock, DocumentBuilder } = this.shared.workspace;
        for (let attempt = 0; attempt < 3; attempt++) {
            const files = this.folders.take(folder);
            try {
                await (files ? WorkspaceLock.write(token => DocumentBuilder.update(files, [], token)) : this.whenIdle());
            } catch (error) {
                if (!isOperationCancelled(error)) throw error;
            }
            if (!this.folders.notInMemory(folder)) return;
        }
    }

    private async run(): Promise<void> {
        // An opened file's folder is read first: counted once its build, queued already, is done.
        await this.whenIdle();
        if (this.folders.count === 0) return;
        const progress = await this.beginProgress(this.folders.count);
        // Folders that start waiting meanwhile (changed on disk) are checked in this run too, and counted.
        let checked = 0;
        try {
            for (let folder = this.folders.next(); folder !== undefined; folder = this.folders.next()) {
                await this.whenIdle();
                await this.shared.workspace.WorkspaceLock.write(token => this.check(folder, token));
                if (this.folders.isWaiting(folder)) continue;
                checked++;
                const total = checked + this.folders.count;
                const percentage = Math.round((checked / total) * 100);
                progress?.report(percentage, `${checked} of ${total} (${percentage}%)`);
            }
        } finally {
            progress?.done();
        }
    }

    /**
     * Waits until no build runs or waits: a new write action cancels the running one, and the
     * background must not cancel the build of a keystroke.
     */
    private whenIdle(): Promise<void> {
        return this.shared.workspace.WorkspaceLock.read(() => undefined);
    }

    private async check(folder: string, token: CancellationToken): Promise<void> {
        if (token.isCancellationRequested) return;
        // An opened file of the folder may have read it meanwhile.
        const files = this.folders.take(folder);
        if (!files) return;
        try {
            await this.shared.workspace.DocumentBuilder.update(files, [], token);
            if (!files.some(file => this.shared.workspace.TextDocuments.get(file))) {
                this.forget(files);
                this.folders.letGo(folder, files);
                this.garbage.spend();
            }
        } catch (error) {
            if (!isOperationCancelled(error)) {
                console.error(`ECE language server: could not check the deployment in ${UriUtils.basename(URI.parse(folder))}.`, error);
                return;
            }
            this.forget(files);
            this.folders.putBack(folder, files);
        }
    }

    /**
     * Drops a folder's documents from memory: half-built ones, so that the build which cancelled this
     * one does not finish them, or checked ones whose diagnostics the editor has.
     */
    private forget(files: URI[]): void {
        const { LangiumDocuments, IndexManager } = this.shared.workspace;
        for (const file of files) {
            LangiumDocuments.deleteDocument(file);
            IndexManager.remove(file);
        }
    }

    private async beginProgress(total: number): Promise<WorkDoneProgressServerReporter | undefined> {
        const connection = this.shared.lsp.Connection;
        if (!connection) return undefined;
        try {
            // A client without `window.workDoneProgress` gets a reporter that sends nothing.
            const progress = await connection.window.createWorkDoneProgress();
            progress.begin(`Checking ${total} deployment${total === 1 ? '' : 's'}`, 0, `0 of ${total} (0%)`, false);
            return progress;
        } catch (error) {
            console.error('ECE language server: the editor refused a progress report.', error);
            return undefined;
        }
    }
}

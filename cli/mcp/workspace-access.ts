/**
 * The MCP server's one way to the disk: every path an agent gives is resolved inside the workspace
 * (links followed, then checked), and deployments are loaded as `ece check` loads them, with the
 * search for ece.config.json kept inside the workspace too (docs/security.md).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { EceCoreServices } from '../../language/ece-module.js';
import type { FolderSource } from '../../language/workspace/load-workspace.js';
import { configureSettings } from '../options.js';
import { loadDeployments, type CheckedDeployment } from '../workspace.js';
import { ToolError } from './tool-error.js';

export class WorkspaceAccess {
    /** The workspace folder, its links resolved. */
    readonly root: string;

    constructor(folder: string) {
        this.root = fs.realpathSync(folder);
    }

    /**
     * A path given by an agent, relative to the workspace (an absolute one inside it is accepted too),
     * as a real path inside the workspace; a path that leaves it, itself or through a link, is refused.
     */
    resolve(input: string): string {
        const outside = () => new ToolError(`'${input}' is outside the workspace (${this.root}). Give a path inside it, relative to it, such as one that list-deployments returns.`);
        const resolved = path.resolve(this.root, input);
        if (!this.contains(resolved)) throw outside();
        let real: string;
        try {
            real = fs.realpathSync(resolved);
        } catch {
            throw new ToolError(`'${input}' does not exist in the workspace. Use list-deployments to see the deployment folders.`);
        }
        if (!this.contains(real)) throw outside();
        return real;
    }

    /** A path as the agent should write it: relative to the workspace, `.` for the workspace itself. */
    relative(file: string): string {
        return path.relative(this.root, file) || '.';
    }

    /** Every deployment folder under `input` (default: the whole workspace), as `ece check` finds them. */
    deployments(input = '.', source?: FolderSource): Promise<CheckedDeployment[]> {
        return loadDeployments([this.resolve(input)], { recursive: true, configure: this.configure, source });
    }

    /** Exactly one deployment: a folder holding `.ece` files, or a file in it. */
    async deployment(input: string, source?: FolderSource): Promise<CheckedDeployment> {
        const [deployment] = await loadDeployments([this.resolve(input)], { recursive: false, configure: this.configure, source });
        if (!deployment) throw new ToolError(`'${input}' holds no deployment. Use list-deployments to see the deployment folders.`);
        return deployment;
    }

    private readonly configure = (services: EceCoreServices, folders: readonly string[]) => {
        services.workspace.EceSettings.setWorkspaceRoots([this.root]);
        configureSettings({})(services, folders);
    };

    private contains(file: string): boolean {
        return file === this.root || file.startsWith(this.root + path.sep);
    }
}

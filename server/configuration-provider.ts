/**
 * The editor's settings for the checker: the `ece` section (`ece.rules`, `ece.planningHorizonMonths`)
 * goes to EceSettings, under the project's `ece.config.json`, and every open deployment is checked
 * again when it changes. Handles clients that push the settings with `didChangeConfiguration` and
 * those that only announce a change (VS Code's pull model), after which the section is fetched.
 */
import { DefaultConfigurationProvider } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { DidChangeConfigurationParams, InitializeParams } from 'vscode-languageserver';
import type { EceSettings } from '../language/workspace/ece-settings.js';
import type { EceSharedServices } from './ece-lsp-module.js';

export const SETTINGS_SECTION = 'ece';

type EditorSection = Parameters<EceSettings['setEditorSettings']>[0];

export class EceConfigurationProvider extends DefaultConfigurationProvider {
    private readonly shared: EceSharedServices;
    private applied = JSON.stringify(undefined);

    constructor(services: EceSharedServices) {
        super(services);
        this.shared = services;
    }

    override initialize(params: InitializeParams): void {
        super.initialize(params);
        const roots = params.workspaceFolders?.map(f => f.uri) ?? (params.rootUri ? [params.rootUri] : undefined);
        eceSettingsOf(this.shared).forEach(s => s.setWorkspaceRoots(roots));
    }

    override updateConfiguration(change: DidChangeConfigurationParams): void {
        if (change.settings !== null && typeof change.settings === 'object') {
            super.updateConfiguration(change);
            return;
        }
        const connection = this.shared.lsp.Connection;
        if (!this.workspaceConfig || !connection) return;
        connection.workspace.getConfiguration({ section: SETTINGS_SECTION })
            .then(section => this.updateSectionConfiguration(SETTINGS_SECTION, section))
            .catch(error => console.error('Could not fetch the ece settings:', error));
    }

    protected override updateSectionConfiguration(section: string, configuration: unknown): void {
        super.updateSectionConfiguration(section, configuration);
        if (section !== SETTINGS_SECTION) return;
        const key = JSON.stringify(configuration ?? undefined);
        if (key === this.applied) return;
        this.applied = key;
        const value = configuration !== null && typeof configuration === 'object' ? configuration as EditorSection : undefined;
        eceSettingsOf(this.shared).forEach(s => s.setEditorSettings(value));
        recheckAll(this.shared);
    }
}

/** The settings of every ECE language registered (there is one). */
export function eceSettingsOf(shared: LangiumSharedServices): EceSettings[] {
    return shared.ServiceRegistry.all.flatMap(services => {
        const workspace = services.workspace as typeof services.workspace & { EceSettings?: EceSettings };
        return workspace.EceSettings ? [workspace.EceSettings] : [];
    });
}

/**
 * Builds every document in memory again (its diagnostics and analyses change with the settings),
 * then the deployments the background check let go, in the background.
 */
export function recheckAll(shared: EceSharedServices): void {
    const { WorkspaceManager, WorkspaceLock, DocumentBuilder, LangiumDocuments, DeploymentFolders, BackgroundCheck } = shared.workspace;
    WorkspaceManager.ready.then(() => WorkspaceLock.write(token => {
        const uris = LangiumDocuments.all.map(d => d.uri).toArray();
        return uris.length > 0 ? DocumentBuilder.update(uris, [], token) : Promise.resolve();
    })).then(() => {
        if (DeploymentFolders.recheck() > 0) BackgroundCheck.start();
    }).catch(error => console.error('Could not check the workspace again:', error));
}

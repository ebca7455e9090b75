/**
 * The language server's services: the core wiring of language/ece-module.ts (scopes, validation,
 * folder analyses) with Langium's LSP defaults and our editor providers on top.
 */
import { inject, type Module } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule, DefaultDefinitionProvider, DefaultDocumentHighlightProvider,
    DefaultFoldingRangeProvider, DefaultReferencesProvider,
    type DefaultSharedModuleContext, type LangiumServices, type LangiumSharedServices, type PartialLangiumServices,
    type PartialLangiumSharedServices,
} from 'langium/lsp';
import { EceCoreModule, EceSharedCoreModule, type EceAddedServices } from '../language/ece-module.js';
import { EceGeneratedModule, EceGeneratedSharedModule } from '../language/generated/module.js';
import { registerValidationChecks } from '../language/validation/ece-validator.js';
import { EceCodeActionProvider } from './code-action-provider.js';
import { EceCodeLensProvider } from './code-lens-provider.js';
import { EceCompletionProvider } from './completion-provider.js';
import { EceDocumentSymbolProvider } from './document-symbol-provider.js';
import { CancellableEceFormatter } from './langium-overrides/cancellable-formatter.js';
import { EceHoverProvider } from './hover-provider.js';
import { EceInlayHintProvider } from './inlay-hint-provider.js';
import { EceNodeKindProvider } from './node-kind-provider.js';
import { EceRenameProvider } from './rename-provider.js';
import { EceSemanticTokenProvider } from './semantic-tokens.js';
import { EceConfigurationProvider } from './configuration-provider.js';
import { EceDocumentUpdateHandler } from './document-update-handler.js';
import { BackgroundCheck } from './background-check.js';
import { DeploymentFolders } from './deployment-folders.js';
import { EceWorkspaceManager } from './ece-workspace-manager.js';
import { guarded } from './request-guard.js';
import { BaselineMarkingValidator } from './baseline-marks.js';
import { SizeLimitedDocumentFactory, SizeLimits } from './size-limits.js';

export type EceServices = LangiumServices & EceAddedServices;

/** The shared services the server adds: the workspace's unread folders and their background check. */
export interface EceAddedSharedServices {
    workspace: {
        DeploymentFolders: DeploymentFolders;
        BackgroundCheck: BackgroundCheck;
        WorkspaceManager: EceWorkspaceManager;
    };
}

export type EceSharedServices = LangiumSharedServices & EceAddedSharedServices;

/**
 * Every provider is isolated (request-guard.ts: an exception is logged and answered with an empty
 * result); those that show the deployment's figures answer nothing past the size limits (size-limits.ts).
 */
const limited = (services: EceServices) => ({ limits: new SizeLimits(services.shared) });

export const EceLspModule: Module<EceServices, PartialLangiumServices> = {
    lsp: {
        HoverProvider: services => guarded(new EceHoverProvider(services), 'HoverProvider', limited(services)),
        CodeLensProvider: services => guarded(new EceCodeLensProvider(services), 'CodeLensProvider', limited(services)),
        InlayHintProvider: services => guarded(new EceInlayHintProvider(services), 'InlayHintProvider', limited(services)),
        CompletionProvider: services => guarded(new EceCompletionProvider(services), 'CompletionProvider', limited(services)),
        SemanticTokenProvider: services => guarded(new EceSemanticTokenProvider(services), 'SemanticTokenProvider', limited(services)),
        CodeActionProvider: services => guarded(new EceCodeActionProvider(services), 'CodeActionProvider'),
        DocumentSymbolProvider: services => guarded(new EceDocumentSymbolProvider(services), 'DocumentSymbolProvider'),
        Formatter: () => guarded(new CancellableEceFormatter(), 'Formatter'),
        RenameProvider: services => guarded(new EceRenameProvider(services), 'RenameProvider'),
        FoldingRangeProvider: services => guarded(new DefaultFoldingRangeProvider(services), 'FoldingRangeProvider'),
        DefinitionProvider: services => guarded(new DefaultDefinitionProvider(services), 'DefinitionProvider'),
        ReferencesProvider: services => guarded(new DefaultReferencesProvider(services), 'ReferencesProvider'),
        DocumentHighlightProvider: services => guarded(new DefaultDocumentHighlightProvider(services), 'DocumentHighlightProvider'),
    },
    validation: {
        DocumentValidator: services => new BaselineMarkingValidator(services, services.shared, new SizeLimits(services.shared)),
    },
};

export const EceSharedLspModule: Module<EceSharedServices, PartialLangiumSharedServices & EceAddedSharedServices> = {
    lsp: {
        NodeKindProvider: () => new EceNodeKindProvider(),
        DocumentUpdateHandler: services => new EceDocumentUpdateHandler(services),
    },
    workspace: {
        DeploymentFolders: () => new DeploymentFolders(),
        BackgroundCheck: services => new BackgroundCheck(services, services.workspace.DeploymentFolders),
        WorkspaceManager: services => new EceWorkspaceManager(services, services.workspace.DeploymentFolders, services.workspace.BackgroundCheck),
        ConfigurationProvider: services => new EceConfigurationProvider(services),
        LangiumDocumentFactory: services => new SizeLimitedDocumentFactory(services),
    },
};

/** Every service of the language server; `context.connection` is absent in tests that run in-process. */
export function createEceServices(context: DefaultSharedModuleContext): { shared: EceSharedServices; Ece: EceServices } {
    const shared = inject(createDefaultSharedModule(context), EceGeneratedSharedModule, EceSharedCoreModule, EceSharedLspModule);
    const Ece = inject(createDefaultModule({ shared }), EceGeneratedModule, EceCoreModule, EceLspModule);
    shared.ServiceRegistry.register(Ece);
    registerValidationChecks(Ece);
    if (!context.connection) {
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, Ece };
}

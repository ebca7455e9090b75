/**
 * The language server's services: the core wiring of language/ece-module.ts (scopes, validation,
 * folder analyses) with Langium's LSP defaults and our editor providers on top.
 */
import { inject, type Module } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule,
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
import { EceFormatter } from './formatter.js';
import { EceHoverProvider } from './hover-provider.js';
import { EceInlayHintProvider } from './inlay-hint-provider.js';
import { EceNodeKindProvider } from './node-kind-provider.js';
import { EceRenameProvider } from './rename-provider.js';
import { EceSemanticTokenProvider } from './semantic-tokens.js';
import { EceConfigurationProvider } from './configuration-provider.js';
import { EceDocumentUpdateHandler } from './document-update-handler.js';

export type EceServices = LangiumServices & EceAddedServices;

export const EceLspModule: Module<EceServices, PartialLangiumServices> = {
    lsp: {
        HoverProvider: services => new EceHoverProvider(services),
        CodeLensProvider: services => new EceCodeLensProvider(services),
        InlayHintProvider: services => new EceInlayHintProvider(services),
        CompletionProvider: services => new EceCompletionProvider(services),
        CodeActionProvider: services => new EceCodeActionProvider(services),
        DocumentSymbolProvider: services => new EceDocumentSymbolProvider(services),
        Formatter: () => new EceFormatter(),
        RenameProvider: services => new EceRenameProvider(services),
        SemanticTokenProvider: services => new EceSemanticTokenProvider(services),
    },
};

export const EceSharedLspModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    lsp: {
        NodeKindProvider: () => new EceNodeKindProvider(),
        DocumentUpdateHandler: services => new EceDocumentUpdateHandler(services),
    },
    workspace: {
        ConfigurationProvider: services => new EceConfigurationProvider(services),
    },
};

/** Every service of the language server; `context.connection` is absent in tests that run in-process. */
export function createEceServices(context: DefaultSharedModuleContext): { shared: LangiumSharedServices; Ece: EceServices } {
    const shared = inject(createDefaultSharedModule(context), EceGeneratedSharedModule, EceSharedCoreModule, EceSharedLspModule);
    const Ece = inject(createDefaultModule({ shared }), EceGeneratedModule, EceCoreModule, EceLspModule);
    shared.ServiceRegistry.register(Ece);
    registerValidationChecks(Ece);
    // A checker's Problems view lists every file of the workspace, opened or not, as `ece check` does.
    shared.workspace.WorkspaceManager.initialBuildOptions = { validation: true };
    if (!context.connection) {
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, Ece };
}

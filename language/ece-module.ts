/**
 * Dependency-injection wiring of the language's core services (no LSP): the CLI runs on these, and
 * the language server (server/ece-lsp-module.ts) adds its providers on top.
 */
import {
    createDefaultCoreModule, createDefaultSharedCoreModule, inject,
    type DefaultSharedCoreModuleContext, type LangiumCoreServices, type LangiumSharedCoreServices, type Module,
    type PartialLangiumCoreServices, type DeepPartial,
} from 'langium';
import { EceGeneratedModule, EceGeneratedSharedModule } from './generated/module.js';
import { EceScopeComputation, EceScopeProvider } from './ece-scope.js';
import { EceDocumentFactory } from './langium-overrides/ece-incremental-parse.js';
import { EceLinker } from './langium-overrides/ece-linker.js';
import { EceLexer } from './langium-overrides/ece-lexer.js';
import { createEceParser } from './langium-overrides/ece-parser.js';
import { EceAstNodeDescriptionProvider } from './langium-overrides/ece-descriptions.js';
import { EceIndexManager } from './langium-overrides/ece-index-manager.js';
import { EceParserErrorMessageProvider } from './ece-parser-messages.js';
import { EceValueConverter } from './ece-value-converter.js';
import { EceDocumentValidator } from './validation/ece-document-validator.js';
import { registerValidationChecks } from './validation/ece-validator.js';
import { DeploymentAnalyses } from './workspace/deployment-analyses.js';
import { EceDocumentBuilder } from './workspace/ece-document-builder.js';
import { EceSettings } from './workspace/ece-settings.js';

export interface EceAddedServices {
    workspace: {
        EceSettings: EceSettings;
        DeploymentAnalyses: DeploymentAnalyses;
    };
}

export type EceCoreServices = LangiumCoreServices & EceAddedServices;

export const EceCoreModule: Module<EceCoreServices, PartialLangiumCoreServices & EceAddedServices> = {
    parser: {
        Lexer: services => new EceLexer(services),
        LangiumParser: services => createEceParser(services),
        ValueConverter: () => new EceValueConverter(),
        ParserErrorMessageProvider: () => new EceParserErrorMessageProvider(),
    },
    references: {
        ScopeComputation: services => new EceScopeComputation(services),
        ScopeProvider: services => new EceScopeProvider(services),
        Linker: services => new EceLinker(services),
    },
    validation: {
        DocumentValidator: services => new EceDocumentValidator(services),
    },
    workspace: {
        EceSettings: () => new EceSettings(),
        DeploymentAnalyses: services => new DeploymentAnalyses(services),
        AstNodeDescriptionProvider: services => new EceAstNodeDescriptionProvider(services),
    },
};

export const EceSharedCoreModule: Module<LangiumSharedCoreServices, DeepPartial<LangiumSharedCoreServices>> = {
    workspace: {
        DocumentBuilder: services => new EceDocumentBuilder(services),
        IndexManager: services => new EceIndexManager(services),
        LangiumDocumentFactory: services => new EceDocumentFactory(services),
    },
};

/** The core services, for the command line and the tests. */
export function createEceCoreServices(context: DefaultSharedCoreModuleContext): { shared: LangiumSharedCoreServices; Ece: EceCoreServices } {
    const shared = inject(createDefaultSharedCoreModule(context), EceGeneratedSharedModule, EceSharedCoreModule);
    const Ece = inject(createDefaultCoreModule({ shared }), EceGeneratedModule, EceCoreModule);
    shared.ServiceRegistry.register(Ece);
    registerValidationChecks(Ece);
    return { shared, Ece };
}

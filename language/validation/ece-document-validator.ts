/**
 * Langium's document validator, with our diagnostics conventions on top: every diagnostic carries a
 * rule id as `code` (syntax and reference errors included), messages speak the guide's words, the
 * user's severity settings apply, and then `// ece-ignore-next-line` comments (suppression.ts). Its loop
 * over the AST is an override of Langium's (langium-overrides/validate-ast-nodes.ts).
 */
import {
    DocumentValidator, type Cancellation, type ParseResult, type LangiumCoreServices, type LangiumDocument, type ValidationOptions,
} from 'langium';
import { PlainLoopDocumentValidator } from '../langium-overrides/validate-ast-nodes.js';
import { plainSyntaxMessages } from '../syntax-messages.js';
import type { Diagnostic } from 'vscode-languageserver-types';
import { findRuleDescriptor } from '../rules/catalogue.js';
import { ruleDocUrl } from '../rules/rule.js';
import { REFERENCE_UNRESOLVED, SYNTAX_PARSE, SYNTAX_TOKEN } from '../rules/structural-rules.js';
import type { EceSettings } from '../workspace/ece-settings.js';
import { deploymentFolderOf } from '../workspace/deployment-folder.js';
import { lspSeverity } from './file-diagnostic.js';
import { applySuppressions } from './suppression.js';

export { REFERENCE_UNRESOLVED, SYNTAX_PARSE, SYNTAX_TOKEN };

const KIND_OF_PROPERTY: Record<string, string> = {
    mrd: 'MRD', peripheral: 'peripheral', skillGroups: 'skill group', precisionQueues: 'precision queue',
    scriptSelector: 'script selector',
};

export class EceDocumentValidator extends PlainLoopDocumentValidator {
    private readonly settings: EceSettings;

    constructor(services: LangiumCoreServices & { workspace: { EceSettings: EceSettings } }) {
        super(services);
        this.settings = services.workspace.EceSettings;
    }

    override async validateDocument(document: LangiumDocument, options?: ValidationOptions, cancelToken?: Cancellation.CancellationToken): Promise<Diagnostic[]> {
        const diagnostics = await super.validateDocument(document, options, cancelToken);
        const rules = this.settings.forFolder(deploymentFolderOf(document.uri)).rules;
        const result: Diagnostic[] = [];
        for (const diagnostic of diagnostics) {
            const named = nameDiagnostic(diagnostic);
            const setting = typeof named.code === 'string' && findRuleDescriptor(named.code)?.configurable !== false ? rules[named.code] : undefined;
            if (setting === 'off') continue;
            if (setting) named.severity = lspSeverity(setting);
            result.push(named);
        }
        return applySuppressions(document.textDocument.getText(), result, {
            uri: document.uri.toString(), rules, source: this.getSource(),
        }).diagnostics;
    }

    protected override processLexingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const start = diagnostics.length;
        super.processLexingErrors(parseResult, diagnostics, options);
        plainSyntaxMessages(parseResult, diagnostics, start, 'lexer');
    }

    protected override processParsingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const start = diagnostics.length;
        super.processParsingErrors(parseResult, diagnostics, options);
        plainSyntaxMessages(parseResult, diagnostics, start, 'parser');
    }
}

function nameDiagnostic(diagnostic: Diagnostic): Diagnostic {
    const data = diagnostic.data as { code?: string; property?: string; refText?: string } | undefined;
    let code = diagnostic.code;
    let message = diagnostic.message;
    switch (data?.code) {
        case DocumentValidator.LexingError: code = SYNTAX_TOKEN; break;
        case DocumentValidator.ParsingError: code = SYNTAX_PARSE; break;
        case DocumentValidator.LinkingError: {
            code = REFERENCE_UNRESOLVED;
            const kind = KIND_OF_PROPERTY[data.property ?? ''] ?? 'object';
            message = `No ${kind} named '${data.refText ?? ''}' in this deployment folder.`;
            break;
        }
    }
    if (typeof code !== 'string') return diagnostic;
    return { ...diagnostic, code, message, codeDescription: { href: ruleDocUrl(code) } };
}

/**
 * Langium's document validator, with our diagnostics conventions on top: every diagnostic carries a
 * rule id as `code` (syntax and reference errors included), messages speak the guide's words, the
 * user's severity settings apply, and then `// ece-ignore-next-line` comments (suppression.ts). Its loop
 * over the AST is an override of Langium's (langium-overrides/validate-ast-nodes.ts).
 */
import {
    Cancellation, DocumentValidator, interruptAndCheck, isOperationCancelled,
    type LangiumCoreServices, type LangiumDocument, type ParseResult, type ValidationOptions,
} from 'langium';
import { PlainLoopDocumentValidator } from '../langium-overrides/validate-ast-nodes.js';
import { plainSyntaxMessages } from '../syntax-messages.js';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { findRuleDescriptor } from '../rules/catalogue.js';
import { ruleDocUrl } from '../rules/rule.js';
import { REFERENCE_UNRESOLVED, RULE_FAILED, SYNTAX_PARSE, SYNTAX_TOKEN } from '../rules/structural-rules.js';
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

    override async validateDocument(document: LangiumDocument, options: ValidationOptions = {}, cancelToken = Cancellation.CancellationToken.None): Promise<Diagnostic[]> {
        const diagnostics = await this.collectDiagnostics(document, options, cancelToken);
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

    /**
     * Langium's `validateDocument`, with two changes: the checks' diagnostics are added one by one
     * (Langium spreads them into one call, which overflows the stack past ~100,000), and checks that
     * throw become an error on the file (Langium only logs it, and the file looks clean).
     */
    private async collectDiagnostics(document: LangiumDocument, options: ValidationOptions, cancelToken: Cancellation.CancellationToken): Promise<Diagnostic[]> {
        const parseResult = document.parseResult;
        const diagnostics: Diagnostic[] = [];
        const has = (code: string) => diagnostics.some(d => (d.data as { code?: string } | undefined)?.code === code);
        await interruptAndCheck(cancelToken);
        if (!options.categories || options.categories.includes('built-in')) {
            this.processLexingErrors(parseResult, diagnostics, options);
            if (options.stopAfterLexingErrors && has(DocumentValidator.LexingError)) return diagnostics;
            this.processParsingErrors(parseResult, diagnostics, options);
            if (options.stopAfterParsingErrors && has(DocumentValidator.ParsingError)) return diagnostics;
            this.processLinkingErrors(document, diagnostics, options);
            if (options.stopAfterLinkingErrors && has(DocumentValidator.LinkingError)) return diagnostics;
        }
        try {
            for (const diagnostic of await this.validateAst(parseResult.value, options, cancelToken)) diagnostics.push(diagnostic);
        } catch (error) {
            if (isOperationCancelled(error)) throw error;
            diagnostics.push({
                severity: DiagnosticSeverity.Error,
                range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
                code: RULE_FAILED,
                message: `The checks of this file stopped with an internal error (${error instanceof Error ? error.message : String(error)}); `
                    + 'what they would report is missing.',
                source: this.getSource(),
            });
        }
        await interruptAndCheck(cancelToken);
        return diagnostics;
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

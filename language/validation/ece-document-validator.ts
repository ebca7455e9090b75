/**
 * Langium's document validator, with our diagnostics conventions on top: every diagnostic carries a
 * rule id as `code` (syntax and reference errors included), messages speak the guide's words, the
 * user's severity settings apply, and then `// ece-ignore-next-line` comments (suppression.ts).
 */
import {
    Cancellation, DefaultDocumentValidator, DocumentValidator, interruptAndCheck, isOperationCancelled,
    type AstNode, type LangiumCoreServices, type LangiumDocument, type ValidationAcceptor, type ValidationCheck,
    type ValidationOptions,
} from 'langium';
import { forEachAstNode } from '../ast-walk.js';
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

export class EceDocumentValidator extends DefaultDocumentValidator {
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

    /**
     * Langium's loop awaits once per AST node and looks its checks up again each time; a few node
     * types have checks, so this looks them up once per type and awaits only where a check runs
     * (same nodes, same order).
     */
    protected override async validateAstNodes(
        rootNode: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor, cancelToken = Cancellation.CancellationToken.None,
    ): Promise<void> {
        if (this.profiler?.isActive('validating')) return super.validateAstNodes(rootNode, options, acceptor, cancelToken);
        const checksByType = new Map<string, ValidationCheck[]>();
        const work: [AstNode, ValidationCheck[]][] = [];
        forEachAstNode(rootNode, node => {
            let checks = checksByType.get(node.$type);
            if (!checks) {
                checks = [...this.validationRegistry.getChecks(node.$type, options.categories)];
                checksByType.set(node.$type, checks);
            }
            if (checks.length > 0) work.push([node, checks]);
        });
        for (const [node, checks] of work) {
            await interruptAndCheck(cancelToken);
            for (const check of checks) await check(node, acceptor, cancelToken);
        }
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

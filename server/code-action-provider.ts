/**
 * Code actions on diagnostics:
 * - a rule that knows its repair puts it on its diagnostic (`data.fix`, see
 *   language/validation/ece-validator.ts); each becomes a `quickfix`, with "Fix all" when one rule has
 *   several fixable diagnostics in the file. Edits may touch other files of the folder;
 * - where a rule has no fix for the diagnostic, a disabled quick-fix whose reason (the rule's
 *   `docs.noFix`) says why and what to do instead (LSP `CodeAction.disabled`; clients without
 *   `disabledSupport` do not get it);
 * - "Suppress on this line": a `// ece-ignore-next-line <rule>` comment above it
 *   (language/validation/suppression.ts);
 * - "Turn off" / "Make it a warning…" in ece.config.json: the rule's severity set in the project file
 *   that applies to the folder (created when there is none), so that `ece check` in CI agrees.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { UriUtils, URI, type LangiumDocument } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import {
    CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type WorkspaceEdit,
} from 'vscode-languageserver';
import { findRuleDescriptor } from '../language/rules/catalogue.js';
import { groupFixEdits } from '../language/rules/fix-all.js';
import { SEVERITIES, type Severity } from '../language/rules/rule.js';
import { severityOf } from '../language/validation/file-diagnostic.js';
import { suppressionEdit } from '../language/validation/suppression.js';
import type { FindingData } from '../language/validation/ece-validator.js';
import { deploymentFolderOf } from '../language/workspace/deployment-folder.js';
import type { EceSettings, SeveritySetting } from '../language/workspace/ece-settings.js';
import { configSeverityEdit } from '../language/workspace/project-config.js';
import type { EceServices } from './ece-lsp-module.js';

type Fix = NonNullable<FindingData['fix']>;

export class EceCodeActionProvider implements CodeActionProvider {
    private readonly settings: EceSettings;
    private canCreateFiles = false;
    private canShowDisabled = false;

    constructor(services: EceServices) {
        this.settings = services.workspace.EceSettings;
        services.shared.lsp.LanguageServer.onInitialize(params => {
            const workspaceEdit = params.capabilities.workspace?.workspaceEdit;
            this.canCreateFiles = Boolean(workspaceEdit?.documentChanges && workspaceEdit.resourceOperations?.includes('create'));
            this.canShowDisabled = params.capabilities.textDocument?.codeAction?.disabledSupport === true;
        });
    }

    getCodeActions(document: LangiumDocument, params: CodeActionParams): CodeAction[] {
        const only = params.context.only;
        if (only && !only.some(kind => CodeActionKind.QuickFix === kind || CodeActionKind.QuickFix.startsWith(`${kind}.`))) return [];
        const published = document.diagnostics ?? [];
        const fixes: CodeAction[] = [];
        const fixAll: CodeAction[] = [];
        const silence: CodeAction[] = [];
        const rulesWithFixes = new Set<string>();
        for (const diagnostic of params.context.diagnostics) {
            const fix = fixOf(diagnostic, published);
            const rule = typeof diagnostic.code === 'string' ? diagnostic.code : undefined;
            if (fix) {
                fixes.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: true, edit: workspaceEdit(fix.edits) });
                if (rule) rulesWithFixes.add(rule);
            } else if (rule && this.canShowDisabled) {
                const reason = findRuleDescriptor(rule)?.docs.noFix;
                if (reason) fixes.push(noFixAction(rule, diagnostic, reason));
            }
            if (rule) silence.push(...this.silencingActions(document, diagnostic, rule));
        }
        for (const rule of rulesWithFixes) {
            const all = published.filter(d => d.code === rule && fixOf(d, published));
            if (all.length < 2) continue;
            fixAll.push({
                title: `Fix all '${rule}' problems in file`,
                kind: CodeActionKind.QuickFix,
                diagnostics: all,
                edit: workspaceEdit(all.flatMap(d => fixOf(d, published)?.edits ?? [])),
            });
        }
        return [...fixes, ...fixAll, ...dedupe(silence)];
    }

    private silencingActions(document: LangiumDocument, diagnostic: Diagnostic, rule: string): CodeAction[] {
        const descriptor = findRuleDescriptor(rule);
        if (!descriptor) return [];
        const actions: CodeAction[] = [];
        const uri = document.uri.toString();
        if (descriptor.suppressible) {
            const edit = suppressionEdit(document.textDocument.getText(), diagnostic.range.start.line, rule);
            if (edit) {
                actions.push({
                    title: `Suppress '${rule}' on this line`,
                    kind: CodeActionKind.QuickFix,
                    diagnostics: [diagnostic],
                    edit: { changes: { [uri]: [edit] } },
                });
            }
        }
        if (descriptor.configurable) {
            // "Turn off" first, then every other severity than the one the diagnostic has now.
            const current = severityOf(diagnostic);
            for (const severity of ['off', ...SEVERITIES.filter(s => s !== current)] as const) {
                const action = this.severityAction(document, diagnostic, rule, severity);
                if (action) actions.push(action);
            }
        }
        return actions;
    }

    private severityAction(document: LangiumDocument, diagnostic: Diagnostic, rule: string, severity: SeveritySetting): CodeAction | undefined {
        const folder = deploymentFolderOf(document.uri);
        const target = this.settings.configTargetFor(folder);
        if (!target) return undefined;
        const exists = fs.existsSync(target);
        if (!exists && !this.canCreateFiles) return undefined;
        const text = exists ? fs.readFileSync(target, 'utf8') : undefined;
        const edit = configSeverityEdit(text, rule, severity);
        if (!edit) return undefined;
        const configUri = URI.file(target).toString();
        const shown = path.relative(UriUtils.dirname(document.uri).fsPath, target) || path.basename(target);
        const change: WorkspaceEdit = exists
            ? { changes: { [configUri]: [edit] } }
            : { documentChanges: [{ kind: 'create', uri: configUri, options: { ignoreIfExists: true } }, { textDocument: { uri: configUri, version: null }, edits: [edit] }] };
        const title = severity === 'off' ? `Turn off '${rule}' in ${shown}` : `Make '${rule}' ${severityWord(severity)} in ${shown}`;
        return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: change };
    }
}

/** A quick-fix the client shows greyed out, with the reason there is none. */
export function noFixAction(rule: string, diagnostic: Diagnostic, reason: string): CodeAction {
    const fixable = findRuleDescriptor(rule)?.fixable ?? false;
    return {
        title: fixable ? `Fix '${rule}' (not offered here)` : `No automatic fix for '${rule}'`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        disabled: { reason },
    };
}

function severityWord(severity: Severity): string {
    return severity === 'error' ? 'an error' : severity === 'info' ? 'an info' : `a ${severity}`;
}

/** One suppress / turn-off action per title, when several diagnostics of a rule are under the cursor. */
function dedupe(actions: CodeAction[]): CodeAction[] {
    const seen = new Set<string>();
    return actions.filter(a => !seen.has(a.title) && seen.add(a.title));
}

/**
 * The fix of a diagnostic. Clients that do not send `data` back (no `dataSupport`) still get it:
 * the diagnostic is matched with the one the server published.
 */
function fixOf(diagnostic: Diagnostic, published: readonly Diagnostic[]): Fix | undefined {
    const own = (diagnostic.data as FindingData | undefined)?.fix;
    if (own) return own;
    const match = published.find(p => p.code === diagnostic.code && p.message === diagnostic.message && sameRange(p, diagnostic));
    return (match?.data as FindingData | undefined)?.fix;
}

function sameRange(a: Diagnostic, b: Diagnostic): boolean {
    return a.range.start.line === b.range.start.line && a.range.start.character === b.range.start.character
        && a.range.end.line === b.range.end.line && a.range.end.character === b.range.end.character;
}

/** The editor's edit for fixes: the same grouping as `ece check --fix` (language/rules/fix-all.ts). */
function workspaceEdit(edits: Fix['edits']): WorkspaceEdit {
    return { changes: groupFixEdits(edits) };
}

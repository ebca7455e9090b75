/**
 * Rename with the queue-naming convention in mind: ECE names a queue `<MRDName>_<ScriptSelectorName>`
 * (guide, chapter 1), so renaming an MRD or a script selector also renames the queues whose names
 * follow the convention with the old name, and their references, in every file of the folder.
 * A queue renamed away from the convention is then reported by routing/queue-naming, never silently.
 */
import { AstUtils, CstUtils, GrammarAST, URI, type AstNode, type LangiumDocument, type LangiumDocuments } from 'langium';
import { DefaultRenameProvider } from 'langium/lsp';
import { ResponseError, ErrorCodes, type RenameParams, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import * as ast from '../language/generated/ast.js';
import type { DeploymentAnalyses } from '../language/workspace/deployment-analyses.js';
import type { EceServices } from './ece-lsp-module.js';

const NAME = /^[_a-zA-Z][\w-]*$/;

export class EceRenameProvider extends DefaultRenameProvider {
    private readonly analyses: DeploymentAnalyses;
    private readonly documents: LangiumDocuments;
    /** The grammar's keywords: the lexer reads `queue` or `KB` as the keyword, never as a name. */
    private readonly keywords: Set<string>;

    constructor(services: EceServices) {
        super(services);
        this.analyses = services.workspace.DeploymentAnalyses;
        this.documents = services.shared.workspace.LangiumDocuments;
        this.keywords = new Set(AstUtils.streamAllContents(services.Grammar).filter(GrammarAST.isKeyword).map(k => k.value));
    }

    override async rename(document: LangiumDocument, params: RenameParams): Promise<WorkspaceEdit | undefined> {
        if (!NAME.test(params.newName)) {
            throw new ResponseError(ErrorCodes.InvalidParams, `${JSON.stringify(params.newName)} is not a name: start with a letter or '_', then letters, digits, '_' or '-'.`);
        }
        if (this.keywords.has(params.newName)) {
            throw new ResponseError(ErrorCodes.InvalidParams, `'${params.newName}' is a keyword of the language; a name cannot be one.`);
        }
        const edit = await super.rename(document, params);
        const target = this.targetAt(document, document.textDocument.offsetAt(params.position));
        if (!edit?.changes || !target || !(ast.isMrd(target) || ast.isScriptSelector(target))) return edit;
        const oldName = target.name;
        for (const queue of this.analyses.forDocument(document).analysis.deployment.queues) {
            const mrd = queue.mrd?.name;
            const script = queue.scriptSelector?.name;
            if (mrd === undefined || script === undefined || queue.name !== `${mrd}_${script}`) continue;
            const renamed = ast.isMrd(target)
                ? (mrd === oldName ? `${params.newName}_${script}` : undefined)
                : (script === oldName ? `${mrd}_${params.newName}` : undefined);
            if (renamed === undefined) continue;
            const queueNode = this.targetAt(this.documentOf(queue.nameSpan.uri), queue.nameSpan.offset);
            if (!queueNode) continue;
            for (const ref of this.references.findReferences(queueNode, { includeDeclaration: true })) {
                const list: TextEdit[] = (edit.changes[ref.sourceUri.toString()] ??= []);
                list.push({ range: ref.segment.range, newText: renamed });
            }
        }
        return edit;
    }

    private documentOf(uri: string): LangiumDocument | undefined {
        return this.documents.getDocument(URI.parse(uri));
    }

    private targetAt(document: LangiumDocument | undefined, offset: number): AstNode | undefined {
        const root = document?.parseResult.value.$cstNode;
        const leaf = root ? CstUtils.findDeclarationNodeAtOffset(root, offset, this.grammarConfig.nameRegexp) : undefined;
        return leaf ? this.references.findDeclarations(leaf)[0] : undefined;
    }
}

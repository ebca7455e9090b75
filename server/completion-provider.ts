/**
 * Completion: keywords and enumerated values come from the grammar (Langium's default); on top of
 * it, references offer only objects that fit (a queue's skill groups and precision queues are those
 * of the queue's MRD, its script selector's targets first), units only of the dimension the
 * statement measures, and snippets write a whole new queue, agent or server.
 */
import { AstUtils, GrammarAST, type AstNodeDescription, type MaybePromise, type ReferenceInfo, type Stream } from 'langium';
import type { CompletionAcceptor, CompletionContext, CompletionValueItem } from 'langium/lsp';
import type { LangiumDocument } from 'langium';
import type { Position } from 'vscode-languageserver';
import { openBlock } from '../language/syntax-hints.js';
import { CompletionItemKind, InsertTextFormat } from 'vscode-languageserver';
import * as ast from '../language/generated/ast.js';
import { SERVER_ROLES } from '../language/model/deployment.js';
import { dimensionOf, type Dimension } from '../language/model/quantity.js';
import type { DeploymentAnalyses } from '../language/workspace/deployment-analyses.js';
import type { EceServices } from './ece-lsp-module.js';
import { lookupOf } from './model-lookup.js';
import { CstBacktrackingCompletionProvider } from './langium-overrides/cst-completion-backtracking.js';

interface Snippet {
    /** The grammar rule whose first keyword the snippet stands for. */
    rule: string;
    keyword: string;
    detail: string;
    body(names: { mrd: string; script: string; skillGroup: string }): string;
}

const SNIPPETS: readonly Snippet[] = [
    {
        rule: 'Queue', keyword: 'queue', detail: 'New queue named <MRD>_<ScriptSelector>',
        body: n => `queue \${1:${n.mrd}}_\${2:${n.script}} {\n\tmrd \${1}\n\tscript selector \${2}\n\tskill groups \${3:${n.skillGroup}}\n}`,
    },
    {
        rule: 'Agent', keyword: 'agent', detail: 'New agent in skill groups',
        body: n => `agent \${1:Name} {\n\tskill groups \${2:${n.skillGroup}}\n}`,
    },
    {
        rule: 'Server', keyword: 'server', detail: 'New server with roles and disk',
        body: () => `server \${1:Name} {\n\troles \${2|${SERVER_ROLES.join(',')}|}\n\tdisk \${3:200} GB\n}`,
    },
];

export class EceCompletionProvider extends CstBacktrackingCompletionProvider {
    private readonly analyses: DeploymentAnalyses;

    constructor(services: EceServices) {
        super(services);
        this.analyses = services.workspace.DeploymentAnalyses;
    }

    /**
     * Langium falls back to the file's first features (the top-level declarations) when the cursor
     * is in a statement the parser could not finish, such as `roles |` in a server: inside a block,
     * the features that may follow the text before the cursor are what fits there.
     */
    protected override *buildContexts(document: LangiumDocument, position: Position): IterableIterator<CompletionContext> {
        const text = document.textDocument.getText();
        const offset = document.textDocument.offsetAt(position);
        const inBlock = openBlock(text, offset) !== undefined;
        for (const context of super.buildContexts(document, position)) {
            if (inBlock && context.node === undefined) {
                yield { ...context, tokenOffset: offset, tokenEndOffset: offset, features: this.findFeaturesAt(document.textDocument, offset) };
            } else {
                yield context;
            }
        }
    }

    protected override completionForKeyword(context: CompletionContext, keyword: GrammarAST.Keyword, acceptor: CompletionAcceptor): MaybePromise<void> {
        const unit = dimensionOf(keyword.value);
        if (unit && unit !== expectedDimension(context)) return;
        const rule = AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule)?.name;
        const snippet = SNIPPETS.find(s => s.rule === rule && s.keyword === keyword.value);
        if (snippet) acceptor(context, this.snippetItem(context, snippet));
        return super.completionForKeyword(context, keyword, acceptor);
    }

    private snippetItem(context: CompletionContext, snippet: Snippet): CompletionValueItem {
        const d = this.analyses.forDocument(context.document).analysis.deployment;
        const names = {
            mrd: d.mrds[0]?.name ?? 'MRD',
            script: d.scriptSelectors[0]?.name ?? 'Script',
            skillGroup: d.skillGroups[0]?.name ?? 'SkillGroup',
        };
        return {
            label: snippet.keyword,
            kind: CompletionItemKind.Snippet,
            detail: snippet.detail,
            insertText: snippet.body(names),
            insertTextFormat: InsertTextFormat.Snippet,
            sortText: '0',
        };
    }

    protected override getReferenceCandidates(refInfo: ReferenceInfo, context: CompletionContext): Stream<AstNodeDescription> {
        const candidates = super.getReferenceCandidates(refInfo, context);
        const fit = this.queueTargetFit(refInfo, context);
        return fit ? candidates.filter(c => fit.fits(c.name)) : candidates;
    }

    protected override createReferenceCompletionItem(description: AstNodeDescription, refInfo: ReferenceInfo, context: CompletionContext): CompletionValueItem {
        const item = super.createReferenceCompletionItem(description, refInfo, context);
        const lookup = lookupOf(this.analyses.forDocument(context.document).analysis);
        const target = description.type === 'SkillGroup' ? lookup.named('skill-group', description.name)
            : description.type === 'PrecisionQueue' ? lookup.named('precision-queue', description.name) : undefined;
        // The queue's script selector targets first: they are what the queue should map.
        const first = this.queueTargetFit(refInfo, context)?.scriptTargets.has(description.name);
        return {
            ...item,
            ...(target?.mrd ? { detail: `MRD ${target.mrd.name}` } : {}),
            sortText: first ? '0' : '1',
        };
    }

    /**
     * Inside a queue's `skill groups` / `precision queues` list: which targets fit (those of the
     * queue's MRD, or of no MRD yet, not already listed) and which its script selector names.
     */
    private queueTargetFit(refInfo: ReferenceInfo, context: CompletionContext): { fits(name: string): boolean; scriptTargets: Set<string> } | undefined {
        const property = refInfo.property;
        if (property !== 'skillGroups' && property !== 'precisionQueues') return undefined;
        const queue = AstUtils.getContainerOfType(refInfo.container, ast.isQueue);
        if (!queue) return undefined;
        const lookup = lookupOf(this.analyses.forDocument(context.document).analysis);
        const kind = property === 'skillGroups' ? 'skill-group' : 'precision-queue';
        const mrd = queue.statements.filter(ast.isMrdAssignment).at(-1)?.mrd.$refText;
        const script = queue.statements.filter(ast.isScriptSelectorAssignment).at(-1)?.scriptSelector.$refText;
        const listed = new Set(queue.statements.flatMap(s => ast.isSkillGroupList(s) ? s.skillGroups.map(r => r.$refText)
            : ast.isPrecisionQueueList(s) ? s.precisionQueues.map(r => r.$refText) : []));
        const scriptTargets = new Set(script ? (lookup.named('script-selector', script)?.[property].map(r => r.name) ?? []) : []);
        return {
            scriptTargets,
            fits: name => {
                if (listed.has(name)) return false;
                const targetMrd = lookup.named(kind, name)?.mrd?.name;
                return !mrd || targetMrd === undefined || targetMrd === mrd;
            },
        };
    }
}

/** What the number before the cursor measures, from the statement being written. */
function expectedDimension(context: CompletionContext): Dimension {
    const lineStart = context.textDocument.offsetAt({ line: context.position.line, character: 0 });
    const line = context.textDocument.getText().slice(lineStart, context.offset);
    if (/\blatency\b/.test(line)) return 'duration';
    if (/\bbandwidth\b/.test(line)) return 'bandwidth';
    return 'size';
}

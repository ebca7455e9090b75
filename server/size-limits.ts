/**
 * How large a deployment the language server serves in full, and what it does past that.
 *
 * - A file over MAX_FILE_BYTES (20 MB, the limit `ece check` refuses files at) is not parsed: the
 *   server keeps its text but sees an empty file. Its folder is then incomplete, so the folder is
 *   served as in the next case, and its references are not checked (they would all look unresolved).
 * - A deployment folder declaring more than MAX_DEPLOYMENT_OBJECTS objects is parsed and linked
 *   (parse and reference errors, outline, folding, navigation, rename, formatting still work), but
 *   the rules are not run as you type, and the features that need the deployment's analysis (hovers,
 *   code lenses, inlay hints, completion) or walk the whole of it (semantic highlighting) answer nothing.
 *
 * Decision (docs/decisions.md), from the benchmark (bench/README.md): the largest benchmark deployment
 * has 50,000 objects and must open to diagnostics in under 2 s; the rules' work grows with the deployment, so past twice
 * that every keystroke would cost the user more than twice the goal. A deployment that large is still
 * checked in full by `ece check`, which has no object limit.
 *
 * The user is told, on line 1 of each file of the folder (one diagnostic saying what is skipped and
 * why) and once per file in a window message.
 */
import {
    type AstNode, type Cancellation, type LangiumCoreServices, type LangiumDocument,
    type LangiumSharedCoreServices, type ParseResult, type ParserOptions, type URI, type ValidationOptions,
} from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { DiagnosticSeverity, MessageType, ShowMessageNotification, type Diagnostic } from 'vscode-languageserver';
import { EceDocumentFactory } from '../language/langium-overrides/ece-incremental-parse.js';
import * as ast from '../language/generated/ast.js';
import { REFERENCE_UNRESOLVED, SUPPRESSION_UNUSED } from '../language/rules/structural-rules.js';
import { EceDocumentValidator } from '../language/validation/ece-document-validator.js';
import { deploymentFolderOf } from '../language/workspace/deployment-folder.js';
import type { EceSettings } from '../language/workspace/ece-settings.js';
import { MAX_FILE_BYTES } from '../language/workspace/load-workspace.js';

export { MAX_FILE_BYTES };

/** Named objects (MRDs, skill groups, agents, queues, servers…) of one deployment folder served in full. */
export const MAX_DEPLOYMENT_OBJECTS = 100_000;

/** The code of the one diagnostic that tells what is skipped. */
export const SIZE_LIMIT_CODE = 'server/size-limit';

/** Roots of the empty parse that stands for a refused file, with the file's size in bytes. */
const refusedFiles = new WeakMap<AstNode, number>();
/** Named objects, counted once per parse result (an incremental reparse keeps the root, not the result). */
const objectCounts = new WeakMap<ParseResult, number>();

function byteLength(text: string): number {
    // A UTF-16 unit is at least one UTF-8 byte and at most three: count only when it matters.
    return text.length * 3 <= MAX_FILE_BYTES ? text.length : Buffer.byteLength(text, 'utf8');
}

/**
 * Parses every file but those over MAX_FILE_BYTES, which become an empty file (their text is kept);
 * on top of the core factory, which reparses only the changed blocks of a file
 * (language/langium-overrides/ece-incremental-parse.ts).
 */
export class SizeLimitedDocumentFactory extends EceDocumentFactory {
    protected override parse<T extends AstNode>(uri: URI, text: string, options?: ParserOptions): ParseResult<T> {
        const bytes = byteLength(text);
        if (bytes <= MAX_FILE_BYTES) return super.parse(uri, text, options);
        const empty = super.parse<T>(uri, '', options);
        refusedFiles.set(empty.value, bytes);
        return empty;
    }

    protected override async parseAsync<T extends AstNode>(uri: URI, text: string, cancellationToken: Cancellation.CancellationToken): Promise<ParseResult<T>> {
        const bytes = byteLength(text);
        if (bytes <= MAX_FILE_BYTES) return super.parseAsync(uri, text, cancellationToken);
        const empty = await super.parseAsync<T>(uri, '', cancellationToken);
        refusedFiles.set(empty.value, bytes);
        return empty;
    }
}

export interface LimitExceeded {
    /** `file`: this file is over the size limit; `folder`: its deployment is (another file of it, or the object count). */
    scope: 'file' | 'folder';
    /** What is skipped and why, for the user. */
    message: string;
    /** Whether references are left unchecked (a file of the folder was not read). */
    incomplete: boolean;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const LIMIT_MB = `${MAX_FILE_BYTES / 1024 / 1024} MB`;
const OFF = 'hovers, code lenses, inlay hints, completion and semantic highlighting are off';

function fileName(document: LangiumDocument): string {
    return document.uri.path.slice(document.uri.path.lastIndexOf('/') + 1);
}

function countObjects(result: ParseResult): number {
    const root = result.value;
    let count = objectCounts.get(result);
    if (count === undefined) {
        count = 0;
        if (ast.isEceFile(root)) {
            for (const element of root.elements) {
                if (ast.isDepartment(element)) count += 1 + element.queues.length;
                else if ('name' in element) count++;
            }
        }
        objectCounts.set(result, count);
    }
    return count;
}

/** Whether a document's deployment is past a limit, and what the server then skips. */
export class SizeLimits {
    private readonly shared: LangiumSharedCoreServices;

    constructor(shared: LangiumSharedCoreServices) {
        this.shared = shared;
    }

    exceeded(document: LangiumDocument): LimitExceeded | undefined {
        const own = refusedFiles.get(document.parseResult.value);
        if (own !== undefined) {
            return {
                scope: 'file', incomplete: true,
                message: `This file is ${mb(own)}, over the ${LIMIT_MB} the ECE language server reads (ece check refuses it too): `
                    + `it is not checked, its deployment's rules do not run, and ${OFF}. Split it into several files of the folder.`,
            };
        }
        const folder = deploymentFolderOf(document.uri);
        const folderDocuments = this.shared.workspace.LangiumDocuments.all.filter(d => deploymentFolderOf(d.uri) === folder).toArray();
        const refused = folderDocuments.find(d => refusedFiles.has(d.parseResult.value));
        if (refused) {
            return {
                scope: 'folder', incomplete: true,
                message: `${fileName(refused)} in this folder is over the ${LIMIT_MB} the ECE language server reads, so the deployment is incomplete: `
                    + `its rules do not run, references are not checked, and ${OFF}.`,
            };
        }
        const objects = folderDocuments.reduce((sum, d) => sum + countObjects(d.parseResult), 0);
        if (objects > MAX_DEPLOYMENT_OBJECTS) {
            return {
                scope: 'folder', incomplete: false,
                message: `This deployment declares ${objects.toLocaleString('en-US')} objects, over the ${MAX_DEPLOYMENT_OBJECTS.toLocaleString('en-US')} `
                    + `the ECE language server checks as you type: its rules do not run and ${OFF}. `
                    + 'Parse errors and unresolved names are still reported; run ece check for every rule.',
            };
        }
        return undefined;
    }
}

/**
 * The document validator of the server: past a limit, only syntax (and, for a complete folder,
 * references) is checked, with one diagnostic on line 1 saying what is skipped, and one window
 * message per file.
 */
export class SizeLimitedDocumentValidator extends EceDocumentValidator {
    private readonly limits: SizeLimits;
    private readonly shared: LangiumSharedServices;
    /** Files told in a window message, until they are back under the limits. */
    private readonly told = new Set<string>();

    constructor(services: LangiumCoreServices & { workspace: { EceSettings: EceSettings } }, shared: LangiumSharedServices, limits: SizeLimits) {
        super(services);
        this.shared = shared;
        this.limits = limits;
    }

    override async validateDocument(document: LangiumDocument, options: ValidationOptions = {}, cancelToken?: Cancellation.CancellationToken): Promise<Diagnostic[]> {
        const exceeded = this.limits.exceeded(document);
        const uri = document.uri.toString();
        if (!exceeded) {
            this.told.delete(uri);
            return super.validateDocument(document, options, cancelToken);
        }
        const checked = await super.validateDocument(document, { ...options, categories: ['built-in'] }, cancelToken);
        const kept = checked.filter(d => d.code !== SUPPRESSION_UNUSED && !(exceeded.incomplete && d.code === REFERENCE_UNRESOLVED));
        if (!this.told.has(uri)) {
            this.told.add(uri);
            void this.shared.lsp.Connection?.sendNotification(ShowMessageNotification.type, {
                type: MessageType.Warning, message: `${fileName(document)}: ${exceeded.message}`,
            });
        }
        return [{
            severity: DiagnosticSeverity.Warning,
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
            message: exceeded.message,
            code: SIZE_LIMIT_CODE,
            source: this.getSource(),
        }, ...kept];
    }
}

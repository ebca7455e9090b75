/**
 * The editor shows every finding, and marks those listed in the baseline that `"baseline"` in
 * ece.config.json names (see docs/ci.md, "A baseline"): their source reads `ece · baseline`, and a
 * related message points at the baseline file. The baseline is read again when it changes on disk.
 * Matching is by identity (rule, object, message key), file by file.
 */
import * as fs from 'node:fs';
import { URI, type Cancellation, type LangiumDocument, type ValidationOptions } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Diagnostic } from 'vscode-languageserver';
import { baselineFolder, parseBaseline } from '../language/validation/baseline.js';
import { findingIdentity, identityKey, matchKnown } from '../language/validation/finding-identity.js';
import { deploymentFolderOf } from '../language/workspace/deployment-folder.js';
import type { EceSettings } from '../language/workspace/ece-settings.js';
import type { EceServices } from './ece-lsp-module.js';
import { SizeLimitedDocumentValidator, type SizeLimits } from './size-limits.js';

export const BASELINE_SOURCE_MARK = 'baseline';

interface ReadBaseline {
    stamp: string;
    known: Map<string, number> | undefined;
}

export class BaselineMarkingValidator extends SizeLimitedDocumentValidator {
    private readonly eceSettings: EceSettings;
    private readonly read = new Map<string, ReadBaseline>();

    constructor(services: EceServices, shared: LangiumSharedServices, limits: SizeLimits) {
        super(services, shared, limits);
        this.eceSettings = services.workspace.EceSettings;
    }

    override async validateDocument(document: LangiumDocument, options?: ValidationOptions, cancelToken?: Cancellation.CancellationToken): Promise<Diagnostic[]> {
        const diagnostics = await super.validateDocument(document, options, cancelToken);
        const folder = deploymentFolderOf(document.uri);
        const file = this.eceSettings.configFor(folder)?.baseline;
        const known = file ? this.knownFindings(file) : undefined;
        if (!file || !known) return diagnostics;
        const folderKey = baselineFolder(file, URI.parse(folder).fsPath);
        const keys = diagnostics.map(d => identityKey(folderKey, findingIdentity(document, {
            code: String(d.code ?? ''), message: d.message, line: d.range.start.line + 1, column: d.range.start.character + 1,
        })));
        const marked = matchKnown(keys, known).known;
        const name = file.slice(file.lastIndexOf('/') + 1);
        return diagnostics.map((d, i) => (marked[i] ? {
            ...d,
            source: `${d.source ?? 'ece'} · ${BASELINE_SOURCE_MARK}`,
            relatedInformation: [...(d.relatedInformation ?? []), {
                location: { uri: URI.file(file).toString(), range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } },
                message: `Known finding, listed in the baseline ${name}: ece check --baseline does not report it.`,
            }],
        } : d));
    }

    /** The baseline's known findings, read again when its size or time changes; undefined when it cannot be read. */
    private knownFindings(file: string): Map<string, number> | undefined {
        const stat = fs.statSync(file, { throwIfNoEntry: false });
        const stamp = stat ? `${stat.size}:${stat.mtimeMs}` : 'missing';
        const cached = this.read.get(file);
        if (cached?.stamp === stamp) return cached.known;
        let known: Map<string, number> | undefined;
        try {
            known = stat ? parseBaseline(fs.readFileSync(file, 'utf8'), file) : undefined;
        } catch {
            known = undefined;
        }
        this.read.set(file, { stamp, known });
        return known;
    }
}

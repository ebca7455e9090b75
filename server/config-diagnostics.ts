/**
 * The problems of every `ece.config.json` the checker read (an unknown rule id, a severity that is
 * not one, a horizon of 0, a link out of the workspace that was refused), published on the file
 * itself after each build, as `ece check` prints them: the editor and the CLI agree. A file whose
 * problems are gone gets an empty list, which clears them.
 */
import * as path from 'node:path';
import { DocumentState, URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { DiagnosticSeverity, type Connection, type Diagnostic } from 'vscode-languageserver';
import { eceSettingsOf } from './configuration-provider.js';

/** Enough to see what is wrong; a file with more problems than this is one mistake repeated. */
const MAX_PROBLEMS_SHOWN = 500;

export function publishConfigProblems(shared: LangiumSharedServices, connection: Connection): void {
    let sent = new Map<string, string>();
    shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, () => {
        const now = new Map<string, Diagnostic[]>();
        for (const config of eceSettingsOf(shared).flatMap(s => s.loadedConfigs())) {
            if (!path.isAbsolute(config.file)) continue;
            const shown = config.problems.slice(0, MAX_PROBLEMS_SHOWN).map((problem): Diagnostic => ({
                range: problem.range, severity: DiagnosticSeverity.Error, source: 'ece', message: problem.message,
            }));
            const more = config.problems.length - shown.length;
            if (more > 0) {
                shown.push({ ...shown[shown.length - 1], message: `${more.toLocaleString('en-US')} more problems in this file; \`ece check\` lists them all.` });
            }
            now.set(URI.file(config.file).toString(), shown);
        }
        const next = new Map<string, string>();
        for (const [uri, diagnostics] of now) {
            const key = JSON.stringify(diagnostics);
            next.set(uri, key);
            if (sent.get(uri) !== key) void connection.sendDiagnostics({ uri, diagnostics });
        }
        for (const uri of sent.keys()) {
            if (!next.has(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
        }
        sent = next;
    });
}

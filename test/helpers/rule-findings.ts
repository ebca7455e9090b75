/** One rule's diagnostics of a deployment given as text, with the text each one covers. */
import type { CheckerSettings } from '../../language/workspace/ece-settings.js';
import { checkText } from './check-folder.js';
import { textAt } from './sample-deployment.js';

export interface RuleDiagnostic {
    file: string;
    /** The text the diagnostic's range covers. */
    text: string;
    message: string;
    severity: number | undefined;
    /** The title of the fix the diagnostic carries, if any. */
    fix?: string;
}

export async function ruleFindings(ruleId: string, files: string | Record<string, string>, settings?: Partial<CheckerSettings>): Promise<RuleDiagnostic[]> {
    const named = typeof files === 'string' ? { 'main.ece': files } : files;
    const { diagnostics } = await checkText(named, settings);
    return diagnostics.filter(d => d.code === ruleId).map(d => {
        const fix = (d.data as { fix?: { title: string } } | undefined)?.fix?.title;
        return { file: d.file, text: textAt(named[d.file], d.range), message: d.message, severity: d.severity, ...(fix ? { fix } : {}) };
    });
}

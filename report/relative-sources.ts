/**
 * A report model for a page that leaves the machine (`ece report --html`, `--format svg`): each
 * source location names its file by its name in the deployment folder (`main.ece`), never by an
 * absolute `file:///` URI, which would disclose the author's folders. An editor's webview keeps the
 * URIs, which it needs to open the file.
 */
import type { ReportModel } from './report-model.js';

export function withRelativeSources(model: ReportModel): ReportModel {
    const names = new Map(model.files.map(f => [f.uri, fileName(f.uri)]));
    return relink(model, uri => names.get(uri) ?? fileName(uri)) as ReportModel;
}

function fileName(uri: string): string {
    const last = uri.slice(uri.lastIndexOf('/') + 1);
    try {
        return decodeURIComponent(last);
    } catch {
        return last;
    }
}

/** A copy of `value` with every `uri` property mapped; the model is a few levels deep, whatever the input. */
function relink(value: unknown, map: (uri: string) => string): unknown {
    if (Array.isArray(value)) {
        const result: unknown[] = [];
        for (const item of value) result.push(relink(item, map));
        return result;
    }
    if (value === null || typeof value !== 'object') return value;
    const result: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
        result[key] = key === 'uri' && typeof item === 'string' ? map(item) : relink(item, map);
    }
    return result;
}

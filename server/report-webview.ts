/**
 * The HTML report (report/html.ts) as a page for an editor's webview. The page stays what
 * `ece report --html` writes, plus one small script of ours: a click on an object that knows its
 * source posts a `reveal` message (custom-protocol.ts, RevealMessage) to the editor. The
 * Content-Security-Policy allows the stylesheet by hash and that script by a fresh nonce, and
 * nothing else: no other script, no inline style attribute, no image, font, frame or connection.
 */
import { randomBytes } from 'node:crypto';
import { renderHtml } from '../report/html.js';
import type { ReportModel } from '../report/report-model.js';

/**
 * Posts `{ command: 'reveal', uri, line, character, endLine, endCharacter }` for a click on an
 * `.ece-object` with `data-uri` (HTML rows and SVG nodes alike carry the data attributes); keeps
 * the file the page reports on as the webview's state, so that the editor restores the page after a
 * window reload; posts `ready` once loaded, and scrolls to a section when the editor asks
 * (`showSection`, answered by `shown`). `acquireVsCodeApi` is what VS Code gives a webview;
 * elsewhere the script does nothing.
 */
export const REVEAL_SCRIPT = `(function () {
  if (typeof acquireVsCodeApi !== 'function') return;
  var host = acquireVsCodeApi();
  document.addEventListener('DOMContentLoaded', function () {
    var file = document.querySelector('header [data-uri]');
    if (file) host.setState({ file: file.dataset.uri });
    host.postMessage({ command: 'ready' });
  });
  window.addEventListener('message', function (event) {
    var m = event.data;
    if (!m || m.command !== 'showSection' || typeof m.section !== 'string') return;
    var section = document.getElementById(m.section);
    if (!section || section.tagName !== 'SECTION') return;
    section.scrollIntoView({ block: 'start' });
    host.postMessage({ command: 'shown', section: m.section });
  });
  document.addEventListener('click', function (event) {
    var target = event.target instanceof Element ? event.target.closest('.ece-object[data-uri]') : null;
    if (!target) return;
    var d = target.dataset;
    host.postMessage({ command: 'reveal', uri: d.uri, line: Number(d.line), character: Number(d.character),
      endLine: Number(d.endLine), endCharacter: Number(d.endCharacter) });
  });
})();`;

/** The page's policy: its own stylesheet by hash, its one script by nonce, nothing from anywhere. */
export function webviewContentSecurityPolicy(styleHash: string, nonce: string): string {
    return `default-src 'none'; style-src ${styleHash}; script-src 'nonce-${nonce}'; base-uri 'none'; form-action 'none'`;
}

export function newNonce(): string {
    return randomBytes(18).toString('base64');
}

export async function webviewReportHtml(model: ReportModel, nonce: string = newNonce()): Promise<string> {
    return renderHtml(model, {
        contentSecurityPolicy: hash => webviewContentSecurityPolicy(hash, nonce),
        head: `<script nonce="${nonce}">${REVEAL_SCRIPT}</script>\n`,
    });
}

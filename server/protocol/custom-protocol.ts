/**
 * The ECE requests beyond LSP, shared by the server (server/custom-requests.ts) and the VS Code client
 * (client/). Plain data only: neither side's editor types appear here.
 */

/** `ece/deploymentSummary`: what the status bar shows for the deployment of one file. */
export const DEPLOYMENT_SUMMARY_REQUEST = 'ece/deploymentSummary';
/** `ece/report`: the sizing report of the deployment of one file, as Markdown (`ece report --format markdown`). */
export const REPORT_REQUEST = 'ece/report';
/**
 * `ece/reportHtml`: the same report as the HTML page of `ece report --html`, made for an editor's
 * webview: its Content-Security-Policy allows the page's stylesheet, and one script, by nonce, that
 * posts a {@link RevealMessage} when an object of the page is clicked.
 */
export const REPORT_HTML_REQUEST = 'ece/reportHtml';

export interface DocumentParams {
    /** The URI of any `.ece` file of the deployment, as the client knows it. */
    uri: string;
}

export interface DeploymentSummary {
    name: string;
    /** The folder's URI: a deployment is the `.ece` files directly in one folder. */
    folder: string;
    files: number;
    standardizedAgents: { email: number; chat: number; callback: number; total: number };
    configuration: {
        name: '400-agent' | '1500-agent' | 'unsupported';
        /** null when unsupported (no limit applies). */
        maxAgents: number | null;
        ova: string | null;
    };
    /** What the configuration requires: its server table, and never fewer than the load needs at 400 each. */
    applicationServersNeeded: number;
    applicationServersDeclared: number;
    headroom: { agents: number; limit: number };
    /** When the load grows: the headline and each time to limit in words; absent without declared growth. */
    capacity?: { headline: string; timesToLimit: string[] };
    /** The one-line summary of the code lens and the deployment hover. */
    summary: string;
    /** The engine's figures, as the hover words them: standardized agents and the configuration. */
    figures: SummaryFigure[];
}

export interface SummaryFigure {
    key: string;
    label: string;
    value: string;
    /** The formula with this deployment's inputs. */
    arithmetic: string;
}

export interface Report {
    name: string;
    markdown: string;
}

export interface ReportHtml {
    name: string;
    /** A short title for the editor tab. */
    title: string;
    /** The deployment folder's URI: the page reports on the `.ece` files directly in it. */
    folder: string;
    /** The URIs of the deployment's files. */
    files: string[];
    html: string;
}

/** What the report page posts to its host when an object with a source is clicked: 0-based, as LSP counts. */
export interface RevealMessage {
    command: 'reveal';
    uri: string;
    line: number;
    character: number;
    endLine: number;
    endCharacter: number;
}

/** The sections of the report page, by their anchor (`<section id="…">`). */
export const REPORT_SECTIONS = ['sizing', 'growth', 'topology', 'routing', 'diagnostics'] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];

/** What the report page posts once its script runs: the host may then show it a section. */
export interface ReadyMessage {
    command: 'ready';
}

/** What the host posts to the page: scroll to a section. The page answers with a {@link ShownMessage}. */
export interface ShowSectionMessage {
    command: 'showSection';
    section: ReportSection;
}

export interface ShownMessage {
    command: 'shown';
    section: ReportSection;
}

/** What the page keeps across a window reload (`vscode.setState`): the file whose deployment it shows. */
export interface ReportPageState {
    file: string;
}

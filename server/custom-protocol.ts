/**
 * The ECE requests beyond LSP, shared by the server (server/custom-requests.ts) and the VS Code client
 * (client/). Plain data only: neither side's editor types appear here.
 */

/** `ece/deploymentSummary`: what the status bar shows for the deployment of one file. */
export const DEPLOYMENT_SUMMARY_REQUEST = 'ece/deploymentSummary';
/** `ece/report`: the sizing report of the deployment of one file, as Markdown. */
export const REPORT_REQUEST = 'ece/report';

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
    applicationServersNeeded: number;
    applicationServersDeclared: number;
    headroom: { agents: number; limit: number };
}

export interface Report {
    name: string;
    markdown: string;
}

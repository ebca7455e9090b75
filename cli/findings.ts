/** The diagnostics of checked deployments with their identity (rule, object, message key), for baselines, SARIF and `ece diff`. */
import { findingIdentity, type FindingIdentity } from '../language/validation/finding-identity.js';
import type { CheckedDeployment, FileDiagnostic } from './workspace.js';

export interface IdentifiedDiagnostic extends FileDiagnostic {
    identity: FindingIdentity;
    /** Absolute path of the deployment folder. */
    folder: string;
}

export function identifyDiagnostics(deployment: CheckedDeployment): IdentifiedDiagnostic[] {
    const documents = new Map(deployment.folder.documents.map(d => [d.uri.toString(), d]));
    return deployment.diagnostics.map(d => {
        const document = documents.get(d.uri);
        const identity = document ? findingIdentity(document, d) : { rule: d.code, object: d.file, message: d.message };
        return { ...d, identity, folder: deployment.folder.path };
    });
}

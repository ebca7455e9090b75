import { DefaultDocumentBuilder, type LangiumDocument } from 'langium';
import { deploymentFolderOf } from './deployment-folder.js';

/**
 * Rules look at a whole folder (sizing counts servers declared in another file), so a change in one
 * file re-links and re-validates every file of its folder, not only those that reference it. Names
 * resolve within a folder only (ece-scope.ts), so no other folder is touched: in a workspace of many
 * deployments a keystroke costs what it costs in one (Langium would also re-link every document of
 * the workspace that has an unresolved reference).
 */
export class EceDocumentBuilder extends DefaultDocumentBuilder {
    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        const folder = deploymentFolderOf(document.uri);
        for (const uri of changedUris) {
            if (uri.startsWith(folder) && uri.lastIndexOf('/') === folder.length) return true;
        }
        return false;
    }
}

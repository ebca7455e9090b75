import { UriUtils, type URI } from 'langium';

/** A deployment is the `.ece` files directly in one folder: the folder's URI is its identity. */
export function deploymentFolderOf(uri: URI): string {
    return UriUtils.dirname(uri).toString();
}

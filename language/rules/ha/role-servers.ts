/** The servers of one role, as the high-availability rules look at them. */
import { serversWithRole, type Deployment, type Server, type ServerRole } from '../../model/deployment.js';
import type { Span } from '../../model/span.js';

/** Where a server's role is written: the role in its `roles` list, else the server's name. */
export function roleSpan(server: Server, role: ServerRole): Span {
    return server.roles.find(r => r.value === role)?.span ?? server.nameSpan;
}

/** The one server with `role`, and where that role is written; undefined when none or several have it. */
export function onlyServerWithRole(deployment: Deployment, role: ServerRole): { server: Server; span: Span } | undefined {
    const servers = serversWithRole(deployment, role);
    return servers.length === 1 ? { server: servers[0], span: roleSpan(servers[0], role) } : undefined;
}

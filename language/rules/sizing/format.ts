/** How the sizing rules write numbers and lists in their messages. */
import { formatNumber } from '../../engine/explain.js';
import type { ServerRole } from '../../model/deployment.js';

/** 1,500; 8.2 — at most one decimal, as every figure of the product. */
export function figure(value: number): string {
    return formatNumber(value);
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
    return `${figure(count)} ${count === 1 ? singular : pluralForm}`;
}

/** "a", "a and b", "a, b and c". */
export function list(items: readonly string[]): string {
    return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** "3 web servers", "1 server with web, application and database". */
export function serversDescription(count: number, roles: readonly ServerRole[]): string {
    return roles.length === 1 ? plural(count, `${roles[0]} server`) : `${plural(count, 'server')} with ${list(roles)}`;
}

/** Groups identical role sets, in order of first appearance: [[web], [web]] → 2 web servers. */
export function describeServers(servers: readonly (readonly ServerRole[])[]): string {
    const groups: { roles: readonly ServerRole[]; count: number }[] = [];
    for (const roles of servers) {
        const group = groups.find(g => g.roles.join() === roles.join());
        if (group) group.count++;
        else groups.push({ roles, count: 1 });
    }
    return list(groups.map(g => serversDescription(g.count, g.roles)));
}

/** A valid deployment of any number of named objects, for the size-limit and cancellation tests. */

const SKILL_GROUPS = 50;

/**
 * `objects` named objects in one file: the deployment, one MRD, 50 skill groups and agents, each
 * agent in one skill group (so no figure grows with the square of the agents).
 */
export function largeDeployment(objects: number): string {
    const agents = objects - 2 - SKILL_GROUPS;
    if (agents < 0) throw new Error(`At least ${SKILL_GROUPS + 2} objects`);
    const lines = ['deployment Large {', '    workflow processes 2', '    workflow instances 2', '}', '', 'mrd Email_MRD { channel inbound email }', ''];
    for (let i = 0; i < SKILL_GROUPS; i++) lines.push(`skill group SG${i} { mrd Email_MRD }`);
    lines.push('');
    for (let i = 0; i < agents; i++) lines.push(`agent A${i} {`, `    skill groups SG${i % SKILL_GROUPS}`, '}');
    return `${lines.join('\n')}\n`;
}

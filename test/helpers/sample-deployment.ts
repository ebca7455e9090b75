import { fileURLToPath } from 'node:url';

/**
 * A small, complete deployment in the manner of examples/integrated-routing (the guide's chapter 1
 * scenario cut down to one skill group), for rule tests that vary one block at a time. Each part is a
 * whole block; pass '' to leave a block out.
 */
export interface SampleParts {
    load?: string;
    servers?: string;
    loadBalancer?: string;
    network?: string;
    security?: string;
}

export const SAMPLE = {
    load: `load profile {
    email 2 agents at 9 emails per hour
    incoming emails 10,000 per month
    outgoing emails 8,000 per month
    average email size 12 KB
    emails with attachments 5,000 per month
    average attachment size 5 KB
}`,
    servers: `server ECE_WEB_1 {
    roles web
    in dmz
}

server ECE_ALL_IN_ONE {
    roles web, application, file, messaging, services, database
    disk 200 GB
}`,
    loadBalancer: `load balancer ECE_LB {
    sticky sessions cookie
    health check
    in dmz
}`,
    network: `network {
    agent latency 80 ms
    unified cce latency 20 ms
    login bandwidth 512 kbps per agent
    steady bandwidth 64 kbps per agent
}`,
    security: `security {
    https open
    customers chat from intranet
    file server ports blocked
}`,
} as const satisfies Required<SampleParts>;

export function sampleDeployment(parts: SampleParts = {}): string {
    const p = { ...SAMPLE, ...parts };
    return `deployment Sample_Deployment {
    workflow processes 2
    workflow instances 2
}

mrd Email_MRD {
    channel inbound email
    interruptible
}

peripheral NA_Peripheral

skill group Domestic_Sales_NA { peripheral NA_Peripheral mrd Email_MRD }

agent Clark { skill groups Domestic_Sales_NA }
agent Bruce { skill groups Domestic_Sales_NA }

script selector Domestic_Sales_Email_Script { skill groups Domestic_Sales_NA }

department Sales {
    queue Email_MRD_Domestic_Sales_Email_Script {
        mrd Email_MRD
        script selector Domestic_Sales_Email_Script
        skill groups Domestic_Sales_NA
    }
}

${[p.load, p.servers, p.loadBalancer, p.network, p.security].filter(block => block !== '').join('\n\n')}
`;
}

/** The text a diagnostic's range covers (0-based lines and characters, `\n` line breaks). */
export function textAt(text: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }): string {
    const offset = (p: { line: number; character: number }) =>
        text.split('\n').slice(0, p.line).reduce((sum, line) => sum + line.length + 1, 0) + p.character;
    return text.slice(offset(range.start), offset(range.end));
}

/** The fixture folder of a rule: test/fixtures/rules/<rule-id>/<fires|passes>. */
export function ruleFixture(ruleId: string, kind: 'fires' | 'passes'): string {
    return fileURLToPath(new URL(`../fixtures/rules/${ruleId}/${kind}`, import.meta.url));
}

/** The sample deployment with the figure (a number and its unit) of one statement of one block replaced. */
export function sampleWithFigure(block: keyof typeof SAMPLE, statement: string, figure: string): string {
    const line = new RegExp(`^( *${statement} )\\S+ \\S+`, 'm');
    if (!line.test(SAMPLE[block])) throw new Error(`The sample's ${block} block has no '${statement}' figure`);
    return sampleDeployment({ [block]: SAMPLE[block].replace(line, `$1${figure}`) });
}

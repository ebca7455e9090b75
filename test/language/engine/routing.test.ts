import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { agentsServicing, indexRouting, queuesServicedBy, routingTable } from '../../../language/engine/routing.js';
import { checkFolder, REPO_ROOT } from '../../helpers/check-folder.js';
import { agent, deployment, queue } from '../../helpers/plain-deployment.js';

describe('routing table', () => {
    it('derives each queue\'s agents of the guide\'s chapter 1 scenario from the Unified CCE file', async () => {
        const { analysis, diagnostics } = await checkFolder(path.join(REPO_ROOT, 'examples/integrated-routing'));
        expect(diagnostics.filter(d => d.code === 'reference/unresolved')).toEqual([]);
        const agents = Object.fromEntries(analysis.routes.map(r => [r.queue, r.agents]));
        expect(agents).toEqual({
            Email_MRD_Domestic_Sales_Email_Script: ['Clark', 'Bruce', 'Natasha', 'Clint'],
            Email_MRD_Global_Sales_Email_Script: ['Clark', 'Natasha'],
            Email_MRD_Domestic_Support_Email_Script: ['Peter', 'Loki'],
            // The guide prints "Peter, Loki, Phil" here, but its own skill-group table puts Tony, not
            // Peter, in Global_Support_NA: the derived table follows the configuration.
            Email_MRD_Global_Support_Email_Script: ['Tony', 'Loki', 'Phil'],
        });
        expect(analysis.routes.map(r => r.department)).toEqual(['Sales', 'Sales', 'Support', 'Support']);
    });

    it('counts an agent once when two of its skill groups feed the same queue, and includes precision queues', () => {
        const plain = deployment({
            agents: [agent('Ann', ['A', 'B']), agent('Bob', [], ['Gold'])],
            queues: [queue('D', 'Q', 'Chat_MRD', 'S', ['A', 'B'], ['Gold'])],
        });
        expect(routingTable(plain)).toEqual([
            { department: 'D', queue: 'Q', mrd: 'Chat_MRD', script: 'S', skillGroups: ['A', 'B'], precisionQueues: ['Gold'], agents: ['Ann', 'Bob'] },
        ]);
    });

    it.each([
        { name: 'no agent in the queue\'s skill groups', agents: [agent('Ann', ['Other'])], serviced: [] },
        { name: 'agents in declaration order, each once', agents: [agent('Bob', ['B']), agent('Ann', ['A', 'B'])], serviced: ['Ann', 'Bob'] },
        { name: 'an agent through a precision queue only', agents: [agent('Cy', [], ['Gold'])], serviced: ['Cy'] },
    ])('a queue mapped to A, B and Gold: $name', ({ agents, serviced }) => {
        const plain = deployment({ agents, queues: [queue('D', 'Q', 'M', 'S', ['A', 'B'], ['Gold'])] });
        expect(agentsServicing(plain.queues[0], indexRouting(plain)).map(a => a.name)).toEqual(serviced);
    });

    it('gives an agent the queues of every skill group it belongs to', () => {
        const ann = agent('Ann', ['A', 'B']);
        const plain = deployment({ agents: [ann], queues: [queue('D', 'Q1', 'M', 'S1', ['A']), queue('D', 'Q2', 'M', 'S2', ['B']), queue('E', 'Q3', 'M', 'S3', ['C'])] });
        expect(queuesServicedBy(ann, indexRouting(plain)).map(q => q.name)).toEqual(['Q1', 'Q2']);
    });
});

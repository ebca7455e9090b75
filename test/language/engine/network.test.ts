import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { networkBudget } from '../../../language/engine/network.js';
import {
    MAX_AGENT_LATENCY_MS, MAX_UCCE_LATENCY_MS, MIN_LOGIN_BANDWIDTH_KBPS, MIN_STEADY_BANDWIDTH_KBPS,
} from '../../../language/engine/network-limits.js';
import { checkFolder, checkText, REPO_ROOT } from '../../helpers/check-folder.js';

async function budgetOf(text: string) {
    return networkBudget((await checkText(text)).analysis.deployment);
}

describe('network budget', () => {
    it('holds the guide\'s figures', () => {
        expect([MAX_AGENT_LATENCY_MS, MAX_UCCE_LATENCY_MS, MIN_LOGIN_BANDWIDTH_KBPS, MIN_STEADY_BANDWIDTH_KBPS]).toEqual([300, 300, 384, 40]);
    });

    it('sizes the chapter 1 example: 8 agents need 320 kbps steady and 3,072 kbps if all log in at once', async () => {
        const { analysis } = await checkFolder(path.join(REPO_ROOT, 'examples/integrated-routing'));
        expect(networkBudget(analysis.deployment)).toEqual({
            agents: { email: 8, chat: 0, callback: 0, total: 8 },
            steady: { requiredPerAgentKbps: 40, requiredTotalKbps: 320, declaredPerAgentKbps: 64, marginPerAgentKbps: 24 },
            login: { requiredPerAgentKbps: 384, requiredTotalKbps: 3072, declaredPerAgentKbps: 512, marginPerAgentKbps: 128 },
            agentLatency: { limitMs: 300, declaredMs: 80, leftMs: 220 },
            ucceLatency: { limitMs: 300, declaredMs: 20, leftMs: 280 },
        });
    });

    it('counts the agents of every channel line, a blended agent on each line it is written on', async () => {
        const budget = await budgetOf(`load profile {
            email 10 agents at 3 emails per hour
            email 5 agents
            chat 20 agents at 3 concurrent chats
            callback 4 agents
        }`);
        // Raw agents, not standardized ones: 3 concurrent chats do not make an agent need more bandwidth.
        expect(budget.agents).toEqual({ email: 15, chat: 20, callback: 4, total: 39 });
        expect(budget.steady.requiredTotalKbps).toBe(39 * 40);
        expect(budget.login.requiredTotalKbps).toBe(39 * 384);
    });

    it('converts Mbps at 1000 kbps, without floating-point noise', async () => {
        const budget = await budgetOf('network {\n login bandwidth 0.384 Mbps per agent\n steady bandwidth 0.5 Mbps per agent\n}');
        expect(budget.login).toMatchObject({ declaredPerAgentKbps: 384, marginPerAgentKbps: 0 });
        expect(budget.steady).toMatchObject({ declaredPerAgentKbps: 500, marginPerAgentKbps: 460 });
    });

    it('gives the latency left, negative when over', async () => {
        const budget = await budgetOf('network {\n agent latency 300 ms\n unified cce latency 301 ms\n}');
        expect(budget.agentLatency).toEqual({ limitMs: 300, declaredMs: 300, leftMs: 0 });
        expect(budget.ucceLatency).toEqual({ limitMs: 300, declaredMs: 301, leftMs: -1 });
    });

    it('needs nothing and declares nothing for an empty deployment', async () => {
        expect(await budgetOf('deployment Empty')).toEqual({
            agents: { email: 0, chat: 0, callback: 0, total: 0 },
            steady: { requiredPerAgentKbps: 40, requiredTotalKbps: 0 },
            login: { requiredPerAgentKbps: 384, requiredTotalKbps: 0 },
            agentLatency: { limitMs: 300 },
            ucceLatency: { limitMs: 300 },
        });
    });
});

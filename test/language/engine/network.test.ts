import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { networkBudget } from '../../../language/engine/network.js';
import {
    MAX_AGENT_LATENCY_MS, MAX_UCCE_LATENCY_MS, MIN_LOGIN_BANDWIDTH_KBPS, MIN_STEADY_BANDWIDTH_KBPS,
} from '../../../language/engine/network-limits.js';
import { checkFolder, REPO_ROOT } from '../../helpers/check-folder.js';
import { deployment, loadProfile, network } from '../../helpers/plain-deployment.js';

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

    // Decision (docs/decisions.md, "Network"): an agent written on two channel lines counts on each.
    it('counts the agents of every channel line, a blended agent on each line it is written on', () => {
        const budget = networkBudget(deployment({ load: loadProfile({ email: [[10, 3], [5]], chat: [[20, 3]], callback: [4] }) }));
        // Raw agents, not standardized ones: 3 concurrent chats do not make an agent need more bandwidth.
        expect(budget.agents).toEqual({ email: 15, chat: 20, callback: 4, total: 39 });
        expect(budget.steady.requiredTotalKbps).toBe(39 * 40);
        expect(budget.login.requiredTotalKbps).toBe(39 * 384);
    });

    it('converts Mbps at 1000 kbps, without floating-point noise', () => {
        const budget = networkBudget(deployment({
            network: network({ loginBandwidth: { value: 0.384, unit: 'Mbps' }, steadyBandwidth: { value: 0.5, unit: 'Mbps' } }),
        }));
        expect(budget.login).toMatchObject({ declaredPerAgentKbps: 384, marginPerAgentKbps: 0 });
        expect(budget.steady).toMatchObject({ declaredPerAgentKbps: 500, marginPerAgentKbps: 460 });
    });

    it('gives the latency left, negative when over', () => {
        const budget = networkBudget(deployment({ network: network({ agentLatency: { value: 300, unit: 'ms' }, ucceLatency: { value: 301, unit: 'ms' } }) }));
        expect(budget.agentLatency).toEqual({ limitMs: 300, declaredMs: 300, leftMs: 0 });
        expect(budget.ucceLatency).toEqual({ limitMs: 300, declaredMs: 301, leftMs: -1 });
    });

    it('needs nothing and declares nothing for an empty deployment', () => {
        expect(networkBudget(deployment())).toEqual({
            agents: { email: 0, chat: 0, callback: 0, total: 0 },
            steady: { requiredPerAgentKbps: 40, requiredTotalKbps: 0 },
            login: { requiredPerAgentKbps: 384, requiredTotalKbps: 0 },
            agentLatency: { limitMs: 300 },
            ucceLatency: { limitMs: 300 },
        });
    });
});

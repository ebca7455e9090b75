import type { Rule } from '../rule.js';
import { databaseAlwaysOn } from './database-always-on.js';
import { loadBalancerHealthCheck } from './load-balancer-health-check.js';
import { loadBalancerStickySessions } from './load-balancer-sticky-sessions.js';
import { messagingCluster } from './messaging-cluster.js';
import { noLoadBalancer } from './no-load-balancer.js';
import { servicesServerFailover } from './services-server-failover.js';
import { singleWebApplicationServer } from './single-web-application-server.js';

export const HA_RULES: readonly Rule[] = [
    loadBalancerStickySessions,
    loadBalancerHealthCheck,
    singleWebApplicationServer,
    noLoadBalancer,
    servicesServerFailover,
    messagingCluster,
    databaseAlwaysOn,
];

/**
 * From a place in the text to the deployment model's object declared there. The index is built once
 * per analysis (that is, once per folder and build) and kept with it, so a hover is a map lookup.
 */
import type { Analysis } from '../language/engine/analysis.js';
import type * as m from '../language/model/deployment.js';

export type DeclaredObject =
    | { kind: 'deployment'; object: NonNullable<m.Deployment['declaration']> }
    | { kind: 'mrd'; object: m.Mrd }
    | { kind: 'peripheral'; object: m.Peripheral }
    | { kind: 'skill-group'; object: m.SkillGroup }
    | { kind: 'precision-queue'; object: m.PrecisionQueue }
    | { kind: 'agent'; object: m.Agent }
    | { kind: 'script-selector'; object: m.ScriptSelector }
    | { kind: 'department'; object: m.Department }
    | { kind: 'queue'; object: m.Queue }
    | { kind: 'server'; object: m.Server }
    | { kind: 'load-balancer'; object: m.LoadBalancer };

type Kind = DeclaredObject['kind'];
type ObjectOf<K extends Kind> = Extract<DeclaredObject, { kind: K }>['object'];

export interface ModelLookup {
    /** The object whose name starts at `nameOffset` in the file `uri`. */
    at(uri: string, nameOffset: number): DeclaredObject | undefined;
    /** The first object of a kind declared with `name`. */
    named<K extends Kind>(kind: K, name: string): ObjectOf<K> | undefined;
}

const lookups = new WeakMap<Analysis, ModelLookup>();

/** The lookup of an analysis, built on first use and kept as long as the analysis is. */
export function lookupOf(analysis: Analysis): ModelLookup {
    let lookup = lookups.get(analysis);
    if (!lookup) {
        lookup = buildLookup(analysis);
        lookups.set(analysis, lookup);
    }
    return lookup;
}

function buildLookup(analysis: Analysis): ModelLookup {
    const d = analysis.deployment;
    const byPlace = new Map<string, DeclaredObject>();
    const byName = new Map<string, DeclaredObject>();
    const add = (entry: DeclaredObject) => {
        byPlace.set(`${entry.object.nameSpan.offset}@${entry.object.nameSpan.uri}`, entry);
        const nameKey = `${entry.kind}:${entry.object.name}`;
        if (!byName.has(nameKey)) byName.set(nameKey, entry);
    };
    if (d.declaration) add({ kind: 'deployment', object: d.declaration });
    d.mrds.forEach(object => add({ kind: 'mrd', object }));
    d.peripherals.forEach(object => add({ kind: 'peripheral', object }));
    d.skillGroups.forEach(object => add({ kind: 'skill-group', object }));
    d.precisionQueues.forEach(object => add({ kind: 'precision-queue', object }));
    d.agents.forEach(object => add({ kind: 'agent', object }));
    d.scriptSelectors.forEach(object => add({ kind: 'script-selector', object }));
    d.departments.forEach(object => add({ kind: 'department', object }));
    d.queues.forEach(object => add({ kind: 'queue', object }));
    d.servers.forEach(object => add({ kind: 'server', object }));
    d.loadBalancers.forEach(object => add({ kind: 'load-balancer', object }));
    return {
        at: (uri, nameOffset) => byPlace.get(`${nameOffset}@${uri}`),
        named: <K extends Kind>(kind: K, name: string) => byName.get(`${kind}:${name}`)?.object as ObjectOf<K> | undefined,
    };
}

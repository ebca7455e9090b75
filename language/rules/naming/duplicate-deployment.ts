import type { Rule } from '../rule.js';

export const duplicateDeployment: Rule = {
    id: 'naming/duplicate-deployment',
    defaultSeverity: 'error',
    docs: {
        summary: 'A folder holds more than one `deployment` declaration.',
        rationale: 'A deployment is the set of .ece files directly in one folder; put a second deployment in a folder of its own.',
        guideSection: 'Chapter 2, Sizing Guidelines (one configuration per deployment)',
        example: 'deployment Prod\ndeployment Lab',
    },
    check({ deployment }) {
        return deployment.extraDeclarations.map(extra => ({
            span: extra.nameSpan,
            message: `Deployment '${extra.name}' is a second declaration in this folder, which already declares '${deployment.name}'; one deployment per folder.`,
        }));
    },
};

import { describe, expect, it } from 'vitest';
import { expectRuleFix } from '../../../helpers/check-fix.js';
import { ruleFindings } from '../../../helpers/rule-findings.js';
import { sampleDeployment } from '../../../helpers/sample-deployment.js';

const ID = 'sizing/workflow-processes';
const HEADER = 'deployment Sample_Deployment {\n    workflow processes 2\n    workflow instances 2\n}';
const REQUIREMENT = 'the 400-agent configuration requires 2 workflow processes and 2 workflow instances.';

/** The sample deployment with its declaration replaced. */
const withDeclaration = (declaration: string) => sampleDeployment().replace(HEADER, declaration);

const expectFix = (declaration: string, title: string, fixed: string) =>
    expectRuleFix(ID, withDeclaration(declaration), { title, fixed: withDeclaration(fixed) });

describe(ID, () => {
    it('is silent with two processes and two instances', async () => {
        expect(await ruleFindings(ID, sampleDeployment())).toEqual([]);
    });

    it('reports a number other than two on the number, as a warning', async () => {
        const found = await ruleFindings(ID, withDeclaration('deployment Sample_Deployment {\n    workflow processes 1\n    workflow instances 4\n}'));
        expect(found).toEqual([
            { file: 'main.ece', text: '1', message: `Workflow processes set to 1; ${REQUIREMENT}`, severity: 2, fix: 'Set workflow processes to 2' },
            { file: 'main.ece', text: '4', message: `Workflow instances set to 4; ${REQUIREMENT}`, severity: 2, fix: 'Set workflow instances to 2' },
        ]);
    });

    it('reports absent settings on the deployment\'s name', async () => {
        expect(await ruleFindings(ID, withDeclaration('deployment Sample_Deployment'))).toEqual([{
            file: 'main.ece', text: 'Sample_Deployment', severity: 2,
            message: `Deployment Sample_Deployment does not set workflow processes and instances; ${REQUIREMENT}`,
            fix: 'Add \'workflow processes 2\' and \'workflow instances 2\'',
        }]);
        const [one] = await ruleFindings(ID, withDeclaration('deployment Sample_Deployment {\n    workflow processes 2\n}'));
        expect(one.message).toBe(`Deployment Sample_Deployment does not set workflow instances; ${REQUIREMENT}`);
    });

    it('asks the same of a deployment over 1500 agents, and nothing of a folder without a declaration', async () => {
        const big = sampleDeployment({ load: 'load profile {\n    callback 1600 agents\n}' }).replace('workflow processes 2', 'workflow processes 3');
        const [finding] = await ruleFindings(ID, big);
        expect(finding.message).toBe('Workflow processes set to 3; the 1500-agent configuration requires 2 workflow processes and 2 workflow instances.');
        expect(await ruleFindings(ID, withDeclaration(''))).toEqual([]);
    });

    describe('fix: set them to two', () => {
        it('replaces a wrong number', async () => {
            await expectFix('deployment Sample_Deployment {\n    workflow processes 1\n    workflow instances 2\n}', 'Set workflow processes to 2', HEADER);
        });

        it('adds both lines after the declaration\'s last statement', async () => {
            await expectFix('deployment Sample_Deployment {\n    description "Sales"\n}', 'Add \'workflow processes 2\' and \'workflow instances 2\'',
                'deployment Sample_Deployment {\n    description "Sales"\n    workflow processes 2\n    workflow instances 2\n}');
        });

        it('adds the one missing line', async () => {
            await expectFix('deployment Sample_Deployment {\n  workflow instances 2\n}', 'Add \'workflow processes 2\'',
                'deployment Sample_Deployment {\n  workflow instances 2\n  workflow processes 2\n}');
        });

        it('opens a block on a declaration without one', async () => {
            await expectFix('deployment Sample_Deployment', 'Add \'workflow processes 2\' and \'workflow instances 2\'', HEADER);
        });

        it('keeps a one-line declaration on one line', async () => {
            await expectFix('deployment Sample_Deployment { description "Sales" }', 'Add \'workflow processes 2\' and \'workflow instances 2\'',
                'deployment Sample_Deployment { description "Sales" workflow processes 2 workflow instances 2 }');
            await expectFix('deployment Sample_Deployment {}', 'Add \'workflow processes 2\' and \'workflow instances 2\'',
                'deployment Sample_Deployment { workflow processes 2 workflow instances 2 }');
        });
    });
});

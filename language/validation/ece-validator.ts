import type { ValidationAcceptor, ValidationChecks } from 'langium';
import { AstUtils } from 'langium';
import type { EceAstType, EceFile } from '../generated/ast.js';
import type { EceCoreServices } from '../ece-module.js';
import type { DeploymentAnalyses } from '../workspace/deployment-analyses.js';
import { ruleDocUrl } from '../rules/rule.js';
import { numberRangeChecks } from './number-range.js';
import { checkGrowthUnit, checkQuantityUnit } from './unit-check.js';

/** What a rule finding carries to the editor: enough for code actions to offer its fix. */
export interface FindingData {
    code: string;
    fix?: { title: string; edits: { uri: string; range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[] };
}

export function registerValidationChecks(services: EceCoreServices): void {
    const analyses = services.workspace.DeploymentAnalyses;
    services.validation.ValidationRegistry.register(numberRangeChecks);
    const checks: ValidationChecks<EceAstType> = {
        Quantity: checkQuantityUnit,
        LoadGrowth: checkGrowthUnit,
        EceFile: (file: EceFile, accept: ValidationAcceptor) => reportRuleFindings(file, accept, analyses),
    };
    services.validation.ValidationRegistry.register(checks);
}

/** The deployment's rules run once per folder; each file reports the findings that fall in it. */
function reportRuleFindings(file: EceFile, accept: ValidationAcceptor, analyses: DeploymentAnalyses): void {
    const document = AstUtils.getDocument(file);
    const uri = document.uri.toString();
    for (const finding of analyses.forDocument(document).findings) {
        if (finding.span.uri !== uri) continue;
        const data: FindingData = { code: finding.ruleId, fix: finding.fix };
        accept(finding.severity, finding.message, {
            node: file,
            range: { start: finding.span.start, end: finding.span.end },
            code: finding.ruleId,
            codeDescription: { href: ruleDocUrl(finding.ruleId) },
            data,
        });
    }
}

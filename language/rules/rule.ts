/**
 * What a rule is: one unit with its id, default severity, documentation, check and optional fix
 * (in the manner of Bicep's analyzers and typescript-eslint's `createRule`). Rules see only the
 * plain deployment model and what the engine derived from it; they never import editor types.
 */
import type { Analysis } from '../engine/analysis.js';
import type { Deployment } from '../model/deployment.js';
import type { Span, TextRange } from '../model/span.js';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

export interface TextEdit {
    uri: string;
    range: TextRange;
    newText: string;
}

export interface Fix {
    title: string;
    edits: TextEdit[];
}

export interface Finding {
    /** The smallest piece of text that is wrong. */
    span: Span;
    message: string;
    fix?: Fix;
}

export interface RuleContext {
    deployment: Deployment;
    analysis: Analysis;
    planningHorizonMonths: number;
    /** The current text of a file of the deployment, for fixes that follow the file's own style. */
    text(uri: string): string | undefined;
}

export interface RuleDocs {
    /** One line: what the rule checks. */
    summary: string;
    /** Why, in the guide's words. */
    rationale: string;
    /** The guide's chapter and section. */
    guideSection: string;
    /** A deployment fragment on which the rule fires. */
    example?: string;
    /** What the quick-fix does, when there is one. */
    fix?: string;
    /**
     * Why there is no automatic fix (for a rule without one), or why it is not offered on some
     * findings: the editor shows it as the reason of a disabled quick-fix, so that the lightbulb
     * still says what to do.
     */
    noFix?: string;
}

export interface Rule {
    id: string;
    defaultSeverity: Severity;
    docs: RuleDocs;
    check(context: RuleContext): Finding[];
}

export const RULES_REFERENCE_URL = 'https://github.com/ece-design-as-code/ece-design-as-code/blob/main/docs/rules.md';

/** The rules reference's anchor for a rule id: its heading's slug. */
export function ruleDocUrl(id: string): string {
    return `${RULES_REFERENCE_URL}#${headingSlug(id)}`;
}

/**
 * The anchor GitHub gives a Markdown heading (github-slugger): lower case, punctuation other than
 * `-` and `_` dropped (so `routing/queue-naming` becomes `routingqueue-naming`), spaces as `-`.
 */
export function headingSlug(heading: string): string {
    return heading.toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '').replace(/ /g, '-');
}

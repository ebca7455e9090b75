import { DefaultValueConverter, type CstNode, type GrammarAST, type ValueType } from 'langium';

/** Numbers may be written with thousands separators as the guide writes them: `120,000` or `120_000`. */
export class EceValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        if (rule.name === 'NUMBER') return Number(input.replace(/[,_]/g, ''));
        return super.runConverter(rule, input, cstNode);
    }
}

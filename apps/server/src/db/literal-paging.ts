// A page's LIMIT and OFFSET written into the statement's text instead of sent as values, for every
// Kysely query (decision 84, which extends decision 76's page windows to every list).
//
// Every list runs as a kept prepared statement (decision 76): PostgreSQL plans it for its values for
// the first five runs, then keeps one generic plan if that plan is not estimated dearer than the
// custom ones. A LIMIT or OFFSET that is a value ($n) defeats that: for a generic plan PostgreSQL
// cannot know how many rows the page takes, reckons with a tenth of the rows (planner.c,
// preprocess_limit), and the generic plan of a page of 50 is then estimated as dear as reading a
// tenth of the table. The custom plan always looks cheaper, so such a page was planned again at every
// request: over a run of every list on the large seed, planning took more of PostgreSQL's time than
// running the statements (docs/performance.md, "Kept plans").
//
// As numbers in the text, the first pages of each size share one statement and PostgreSQL can keep
// its plan. Only whole numbers from 0 to 2^31 − 1 are written (what the schemas let through; anything
// else stays a value). An OFFSET 0 stays in the text, where it still keeps a subquery from being
// merged into the query around it.
import {
  type KyselyPlugin,
  LimitNode,
  OffsetNode,
  type OperationNode,
  OperationNodeTransformer,
  ValueNode,
} from 'kysely';

const MAX_LITERAL = 2 ** 31 - 1;

function literalNumber(node: OperationNode): OperationNode | undefined {
  if (!ValueNode.is(node) || node.immediate) return undefined;
  const value = node.value;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_LITERAL) return undefined;
  return ValueNode.createImmediate(value);
}

class LiteralPagingTransformer extends OperationNodeTransformer {
  protected override transformLimit(node: LimitNode): LimitNode {
    const literal = literalNumber(node.limit);
    return literal ? LimitNode.create(literal) : super.transformLimit(node);
  }

  protected override transformOffset(node: OffsetNode): OffsetNode {
    const literal = literalNumber(node.offset);
    return literal ? OffsetNode.create(literal) : super.transformOffset(node);
  }
}

const transformer = new LiteralPagingTransformer();

/** Writes the LIMIT and OFFSET of Kysely queries as numbers in the statement's text (see above). */
export const literalPaging: KyselyPlugin = {
  transformQuery: (args) => transformer.transformNode(args.node),
  transformResult: async (args) => args.result,
};

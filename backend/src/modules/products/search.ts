// `q` becomes a PostgreSQL tsquery matched against Product.search, the tsvector the products_search
// migration generates from name, sku and description.

// The characters the migration translates to spaces before parsing; keep the two lists identical,
// or a word would be split one way in the index and another way in the query.
const SEPARATORS = /[-_./\\@:+&#<>]/g;
// The only characters with a meaning inside a quoted tsquery operand.
const QUOTE_SYNTAX = /['\\]/g;
const WORD = /[\p{L}\p{N}]/u;
// A bound on the work one request can ask for (each term is a GIN lookup).
const MAX_TERMS = 8;

/**
 * Every word of `q` as a prefix term, all required: "blue kett" finds "Blue kettle". Returns null
 * when `q` has no word at all, which matches nothing. Each term is passed quoted, so to_tsquery
 * runs it through the same parser as the indexed text and user input never reaches tsquery syntax.
 */
export function toPrefixQuery(q: string): string | null {
  const terms = q
    .replace(SEPARATORS, ' ')
    .replace(QUOTE_SYNTAX, ' ')
    .split(/\s+/)
    .filter((term) => WORD.test(term))
    .slice(0, MAX_TERMS);
  return terms.length > 0 ? terms.map((term) => `'${term}':*`).join(' & ') : null;
}

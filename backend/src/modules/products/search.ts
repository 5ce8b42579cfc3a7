// `q` becomes a PostgreSQL tsquery matched against Product.search, the tsvector the catalogue
// migration (20261204090000_catalogue) generates from name, sku and description: the words as
// written ('simple') beside their English stems ('english').
import { Prisma as Sql } from '../../generated/prisma/client.js';

// The characters the migration translates to spaces before parsing; keep the two lists identical,
// or a word would be split one way in the index and another way in the query.
const SEPARATORS = /[-_./\\@:+&#<>]/g;
// The only characters with a meaning inside a quoted tsquery operand.
const QUOTE_SYNTAX = /['\\]/g;
const WORD = /[\p{L}\p{N}]/u;
// What PostgreSQL's parser reads as one word; anything else ends it ("kettle," is "kettle").
const NOT_WORD = /[^\p{L}\p{N}\p{M}]+/u;
// A bound on the work one request can ask for (each term is a GIN lookup, and a typo lookup).
const MAX_TERMS = 8;

/**
 * Every word of `q` as a prefix term, all required: "blue kett" finds "Blue kettle". Returns null
 * when `q` has no word at all, which matches nothing. Each term is passed quoted, so to_tsquery
 * runs it through the same parser as the indexed text and user input never reaches tsquery syntax.
 * Pure, so it also names a search without asking the database (e.g. in a cache key).
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

/**
 * The words of `q` forgivingQuery looks up, at most MAX_TERMS. Split where PostgreSQL's parser
 * would split them, so that each is one word for the stemmer and the vocabulary ("(test)" is
 * "test"; toPrefixQuery leaves that to to_tsquery). Never holds a quote, a backslash, % or _.
 */
export function searchTerms(q: string): string[] {
  return q
    .split(NOT_WORD)
    .filter((term) => WORD.test(term))
    .slice(0, MAX_TERMS);
}

/** What runs a raw query: a Prisma client, a transaction, or a replica's client. */
interface RawQueries {
  $queryRaw<T = unknown>(query: Sql.Sql): PromiseLike<T>;
}

/**
 * A search that forgives plurals and small typos, as tsquery text for
 * `to_tsquery('simple'::regconfig, <text>)` (what toPrefixQuery returns, widened), or null when
 * `q` has no word (matches nothing; the database is not asked). Every word is required; each may
 * match
 *  - as a prefix, as toPrefixQuery does: "kett" finds "kettle" (asked as the words it starts,
 *    "kettle" | "kettles", when the vocabulary has few: MAX_PREFIX_WORDS);
 *  - by its English stem, an exact lexeme of the vector's English half: "teapots" finds "teapot";
 *  - when it starts no known word (nor does its stem) and has 3 letters or more, by up to
 *    MAX_CORRECTIONS words of the vocabulary (SearchWord: every word of every product's name, sku
 *    and description) that look like it: "tepot" finds "teapot". A correction is matched whole, as
 *    the word it is, never as a prefix or by its stem: "regertful" brings in "regretful" but
 *    not every product that says "regrets".
 * Corrections only ever add alternatives: the result is still filtered by who may see what, so a
 * word known only from someone's draft widens the query but returns nothing of theirs.
 *
 * One round trip for all the words (db: whichever connection the list reads with).
 */
export async function forgivingQuery(db: RawQueries, q: string): Promise<string | null> {
  const terms = searchTerms(q);
  if (terms.length === 0) return null;
  const [row] = await db.$queryRaw<Array<{ tsquery: string | null }>>(forgivingSql(terms));
  return row?.tsquery ?? null;
}

/**
 * How close a word must look to count as a correction: trigram similarity (pg_trgm) to the term or
 * to its stem of at least MIN_SIMILARITY, and within SIMILARITY_MARGIN of the closest word.
 * Measured on 530 single-edit typos of words of a 47,000-word English dictionary loaded as the
 * vocabulary: the best 3 above 0.3 hold the intended word 88% of the time with 2.7 corrections per
 * typo; with the margin, 86% with 1.8, so fewer unrelated products come along. Scoring the stem
 * too finds the singular for a misspelt plural ("tepots": "teapot") 79% of the time, against at
 * most 70% on the term alone. word_similarity found the intended word only 39% of the time: it
 * scores a typo against any part of a longer word, which suits phrases, not single words.
 */
const MIN_SIMILARITY = 0.3;
const SIMILARITY_MARGIN = 0.1;
const MAX_CORRECTIONS = 3;
const MIN_LETTERS_TO_CORRECT = 3;
/**
 * A prefix that starts at most this many words of the vocabulary is asked for as those words,
 * exactly: GIN answers `'kettle' | 'kettles'` several times faster than `'kett':*` (a prefix match
 * gathers every matching entry's rows into a bitmap first; at 1M products "classic steel" took 36 ms
 * as two prefixes, 5 ms as words). A prefix of more words, or of digits only (which the vocabulary
 * leaves out), stays a prefix match.
 */
const MAX_PREFIX_WORDS = 24;

/**
 * Per term (in order): its lowercase form `w`, its stems and the first of them; whether the
 * vocabulary has a word starting with the term, or one with the term's stem ("kettles" has the
 * stem "kettl" of "kettle": a plural needs no correction, and would otherwise pick up
 * "kettlebell"; "earing" has the stem "ear", which "earring" starts with but is not the stem of,
 * so it is still corrected); the corrections when it has none. "correction" is MATERIALIZED so
 * that each term's trigram lookup runs once, and the tests are separate EXISTS because an OR of
 * LIKEs cannot use the trigram index. `%` is that index's similarity test (at pg_trgm.similarity_threshold, 0.3 by
 * default); the explicit score keeps the floor whatever that setting is; words of 3 to 40
 * characters only are offered as corrections (the vocabulary also holds SKUs' "bn" and the like).
 * "expansion" holds the words a term is a prefix of when there are few (MAX_PREFIX_WORDS), which
 * then stand in for the prefix; lexemes the prefix or those words already cover are left out.
 * Every operand is safe between single quotes: terms hold no quote or backslash (searchTerms), nor
 * then do their stems, and vocabulary words that do (none should come out of to_tsvector, but they
 * come from a table) are skipped: a correction before it takes a place, an expansion by keeping
 * the prefix.
 */
function forgivingSql(terms: string[]): Sql.Sql {
  return Sql.sql`
    WITH "term" AS (
      SELECT t.n, t.term, l.w, l.stems, coalesce(l.stems[1], l.w) AS stem
      FROM unnest(${terms}::text[]) WITH ORDINALITY AS t(term, n)
      CROSS JOIN LATERAL (SELECT lower(t.term) AS w, coalesce(ts_lexize('english_stem', lower(t.term)), '{}') AS stems) AS l
    ), "correction" AS MATERIALIZED (
      SELECT "term".n, c.word
      FROM "term" CROSS JOIN LATERAL (
        SELECT word FROM (
          SELECT word, score, max(score) OVER () AS best FROM (
            SELECT sw.word, greatest(similarity(sw.word, "term".w), similarity(sw.word, "term".stem)) AS score
            FROM "SearchWord" AS sw
            WHERE (sw.word % "term".w OR sw.word % "term".stem) AND strpos(sw.word, '''') = 0 AND strpos(sw.word, chr(92)) = 0
          ) AS candidate
          WHERE score >= ${MIN_SIMILARITY}
        ) AS scored
        WHERE score >= best - ${SIMILARITY_MARGIN}
        ORDER BY score DESC, word
        LIMIT ${MAX_CORRECTIONS}
      ) AS c
      WHERE char_length(regexp_replace("term".w, '[^[:alpha:]]', '', 'g')) >= ${MIN_LETTERS_TO_CORRECT}
        AND NOT EXISTS (SELECT 1 FROM "SearchWord" WHERE "word" LIKE "term".w || '%')
        AND NOT EXISTS (
          SELECT 1 FROM unnest("term".stems) AS stem
          WHERE EXISTS (SELECT 1 FROM "SearchWord" WHERE "word" LIKE stem || '%' AND stem = ANY (ts_lexize('english_stem', "word")))
        )
    ), "expansion" AS MATERIALIZED (
      SELECT "term".n, e.words
      FROM "term" CROSS JOIN LATERAL (
        SELECT array_agg(word ORDER BY word) AS words FROM (
          SELECT word FROM "SearchWord" WHERE "word" LIKE "term".w || '%' ORDER BY word LIMIT ${MAX_PREFIX_WORDS + 1}
        ) AS p
      ) AS e
      WHERE "term".w ~ '[[:alpha:]]' AND cardinality(e.words) BETWEEN 1 AND ${MAX_PREFIX_WORDS}
        AND NOT EXISTS (SELECT 1 FROM unnest(e.words) AS q(word) WHERE strpos(q.word, '''') > 0 OR strpos(q.word, chr(92)) > 0)
    )
    SELECT string_agg(alternatives, ' & ' ORDER BY "term".n) AS tsquery
    FROM "term" LEFT JOIN "expansion" ON "expansion".n = "term".n CROSS JOIN LATERAL (
      SELECT '('
        || CASE WHEN "expansion".words IS NULL THEN '''' || "term".term || ''':*' ELSE '''' || array_to_string("expansion".words, ''' | ''') || '''' END
        || coalesce(string_agg(' | ''' || lexeme || '''', '' ORDER BY lexeme), '') || ')' AS alternatives
      FROM (
        SELECT DISTINCT lexeme FROM (
          SELECT unnest("term".stems)
          UNION ALL SELECT word FROM "correction" WHERE "correction".n = "term".n
        ) AS found(lexeme)
        WHERE lexeme <> '' AND CASE WHEN "expansion".words IS NULL THEN NOT starts_with(lexeme, "term".w) ELSE lexeme <> ALL ("expansion".words) END
      ) AS x
    ) AS a`;
}

// The words search.ts looks up for a forgiving search (searchTerms): split as PostgreSQL's parser
// splits them, so each one is one word for the stemmer and the vocabulary.
import { describe, expect, it } from 'vitest';
import { searchTerms } from '../src/modules/products/search.js';

describe('searchTerms', () => {
  it.each([
    ['Blue kettle', ['Blue', 'kettle']],
    ['  SW-000123_AB ', ['SW', '000123', 'AB']],
    ["it's a (test) | !x & y:*", ['it', 's', 'a', 'test', 'x', 'y']],
    ['kettle, teapots; mugs.', ['kettle', 'teapots', 'mugs']],
    ['crème brûlée', ['crème', 'brûlée']],
    ['cre\u0300me', ['cre\u0300me']],
    ['50% off_100\\', ['50', 'off', '100']],
    ['!!! ??', []],
    ['', []],
    ['a b c d e f g h i j', ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']],
  ])('when q is %j, then the words are %j', (q, expected) => {
    expect(searchTerms(q)).toEqual(expected);
  });

  it('when q is anything at all, then no word holds a quote, a backslash or a LIKE wildcard', () => {
    const q = `'a"b\\c%d_e'' \\\\ 'x' %_%`;
    for (const term of searchTerms(q)) expect(term).not.toMatch(/['\\%_"]/);
    expect(searchTerms(q)).toEqual(['a', 'b', 'c', 'd', 'e', 'x']);
  });
});

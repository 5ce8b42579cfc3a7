// Search that forgives plurals and typos (issue 16, item 7): search.ts forgivingQuery over the
// vocabulary table SearchWord, and the products list that matches with its answer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forgivingQuery } from '../src/modules/products/search.js';
import { createTestApp, type TestApp } from './support/app.js';
import { countQueries, createProduct, listProducts, registerUser, uniqueWord, type ProductBody, type Session } from './products-support.js';

let t: TestApp;
let owner: Session;
beforeAll(async () => {
  t = await createTestApp();
  owner = await registerUser(t.app);
});
afterAll(() => t.close());

const ids = (res: { body: { data: ProductBody[] } }) => res.body.data.map((p) => p.id).sort();
const idsOf = (...products: ProductBody[]) => products.map((p) => p.id).sort();
/** Active products of `owner` whose names all carry `word`, so a search scoped by it sees only them. */
const products = (word: string, ...names: string[]) => Promise.all(names.map((name) => createProduct(t.app, owner.accessToken, { name: `${word} ${name}` })));

describe('GET /products?q=: plurals and typos', () => {
  it('when q is a plural, then the singular is found by its English stem', async () => {
    const word = uniqueWord();
    const [teapot, teapots] = await products(word, 'Teapot, cast iron', 'Teapots for two');
    await products(word, 'Tea towel');

    expect(ids(await listProducts(t.app, { q: `${word} teapots` }))).toEqual(idsOf(teapot!, teapots!));
    expect(ids(await listProducts(t.app, { q: `${word} TEAPOTS` }))).toEqual(idsOf(teapot!, teapots!));
  });

  it('when q has a small typo, then the word it resembles is found, and unrelated or merely similar words are not', async () => {
    const word = uniqueWord();
    const [teapot] = await products(word, 'Teapot, cast iron');
    // "carpet" shares no trigram with "tepot"; "pot" and "tepid" share some, less than "teapot" does.
    await products(word, 'Carpet runner', 'Pot holder', 'Tepid water carafe');

    const res = await listProducts(t.app, { q: `${word} tepot` });

    expect(res.status).toBe(200);
    expect(ids(res)).toEqual(idsOf(teapot!));
  });

  it('when a typo stems to the start of a word but not to its stem ("earing": "ear", "earring"), then it is still corrected', async () => {
    const word = uniqueWord();
    const [earring] = await products(word, 'Silver earring');
    await products(word, 'Silver ring');

    expect(ids(await listProducts(t.app, { q: `${word} earing` }))).toEqual(idsOf(earring!));
  });

  it('when q holds a word no product has, then nothing is found', async () => {
    const word = uniqueWord();
    await products(word, 'Teapot', 'Kettle');

    expect((await listProducts(t.app, { q: `${word} xqzvbk` })).body.data).toEqual([]);
    expect((await listProducts(t.app, { q: 'xqzvbk' })).body.data).toEqual([]);
  });

  it('when q is typed word by word, then every word still matches as a prefix: "blue kett" finds "Blue kettle"', async () => {
    const word = uniqueWord();
    const [kettle] = await products(word, 'Blue kettle');
    await products(word, 'Blue lamp', 'Red kettle');

    expect(ids(await listProducts(t.app, { q: `${word} blue kett` }))).toEqual(idsOf(kettle!));
  });

  it('when q is a fragment of an SKU, then the SKU is found as before: "UX-D" finds "UX-D-A"', async () => {
    const word = uniqueWord();
    const wanted = await createProduct(t.app, owner.accessToken, { name: `${word} Mug`, sku: 'UX-D-A' });
    await createProduct(t.app, owner.accessToken, { name: `${word} Bowl`, sku: 'UX-E-A' });

    expect(ids(await listProducts(t.app, { q: `${word} UX-D` }))).toEqual(idsOf(wanted));
    expect(ids(await listProducts(t.app, { q: `${word} ux-d-a` }))).toEqual(idsOf(wanted));
  });

  it("when a word is known only from someone's draft, then a public search that is corrected to it returns nothing more", async () => {
    const word = uniqueWord();
    const other = await registerUser(t.app);
    const draft = await createProduct(t.app, other.accessToken, { name: `${word} Samovar`, status: 'draft' });
    const [teapot] = await products(word, 'Teapot');

    // The draft's word is in the vocabulary, so "samovr" is corrected to it ...
    expect(await forgivingQuery(t.db.prisma, 'samovr')).toContain("'samovar'");
    // ... which its owner sees, while the public (and anyone else) still gets only public products.
    expect(ids(await listProducts(t.app, { owner: 'me', q: `${word} samovr` }, other.accessToken))).toEqual(idsOf(draft));
    expect((await listProducts(t.app, { q: `${word} samovr` })).body.data).toEqual([]);
    expect((await listProducts(t.app, { q: `${word} samovr` }, owner.accessToken)).body.data).toEqual([]);
    expect(ids(await listProducts(t.app, { q: word }))).toEqual(idsOf(teapot!));
  });

  it('when q has 8 words, then the list asks the database as often as for 1 word (the corrections take one round trip)', async () => {
    const word = uniqueWord();
    await products(word, 'Blue enamel teapot with a bamboo handle, made to last');
    const count = async (q: string) => {
      const queries = countQueries(t);
      const res = await listProducts(t.app, { q });
      queries.stop();
      expect(res.status).toBe(200);
      expect(res.headers['x-cache']).toBe('MISS');
      return { count: queries.count, found: res.body.data.length };
    };

    const one = await count(`${word}`);
    const eight = await count(`${word} blu enamle tepots bambo handel mades lastt`);

    expect(eight).toEqual(one);
    expect(one.found).toBe(1);
  });
});

describe('forgivingQuery', () => {
  it('when q has words, then it asks the database once and answers tsquery text: prefix (or the few words it starts) | stems | corrections per word, all required', async () => {
    // Ends in a letter the English stemmer keeps, so the word is its own stem.
    const word = `${uniqueWord()}x`;
    await products(word, 'Quibblet');
    const queries = countQueries(t);

    const text = await forgivingQuery(t.db.prisma, `${word} Quibblets quiblet quib`);

    queries.stop();
    expect(queries.count).toBe(1);
    // "quib" starts one word of the vocabulary, and it (with its own stem) stands in for the prefix.
    expect(text).toBe(`('${word}') & ('Quibblets':* | 'quibblet') & ('quiblet':* | 'quibblet') & ('quibblet' | 'quib')`);
  });

  it('when q has no word, then null, without asking the database', async () => {
    const queries = countQueries(t);

    expect(await forgivingQuery(t.db.prisma, ' !!! ?? ')).toBeNull();
    expect(await forgivingQuery(t.db.prisma, '')).toBeNull();

    queries.stop();
    expect(queries.count).toBe(0);
  });

  it('when a word has fewer than 3 letters or is a number, then it is never corrected', async () => {
    await products(uniqueWord(), 'Tea 1000');

    const [te, number, mixed] = (await forgivingQuery(t.db.prisma, 'te 1001 t3a'))!.split(' & ');

    expect(number).toBe("('1001':*)");
    expect(mixed).toBe("('t3a':*)");
    // "te" stands for the words it starts (or stays a prefix, when the vocabulary has many): none is a correction.
    const lexemes = te!.slice(1, -1).split(' | ').map((operand) => operand.replace(/'|:\*$/g, ''));
    expect(lexemes.every((lexeme) => lexeme.startsWith('te'))).toBe(true);
    expect(lexemes).toContain(te === "('te':*)" ? 'te' : 'tea');
  });

  it('when a prefix starts a few words of the vocabulary, then it is asked as those words, exactly, and finds what the prefix found', async () => {
    const stem = uniqueWord();
    await products(uniqueWord(), `${stem}kettle`);
    await products(uniqueWord(), `Blue ${stem}kettles`);
    await products(uniqueWord(), `${stem}kettlebell`);

    const text = await forgivingQuery(t.db.prisma, `${stem}kett`);

    // The term's own stem stays beside them (it is one: English leaves "…kett" as it is).
    expect(text).toBe(`('${stem}kettle' | '${stem}kettlebell' | '${stem}kettles' | '${stem}kett')`);
    expect((await listProducts(t.app, { q: `${stem}kett` })).body.data).toHaveLength(3);
  });

  it('when a prefix starts more words than MAX_PREFIX_WORDS, then it stays a prefix match', async () => {
    // Ending in a "q": a random word ending in "e" (hex) would add its English stem to the query.
    const stem = `${uniqueWord()}q`;
    await createProduct(t.app, owner.accessToken, { description: Array.from({ length: 25 }, (_, i) => `${stem}${String.fromCharCode(97 + i)}`).join(' ') });

    expect(await forgivingQuery(t.db.prisma, stem)).toBe(`('${stem}':*)`);
  });

  it('when a word appears only in a SKU, then a prefix of it still finds the product (the vocabulary holds SKU words)', async () => {
    const word = uniqueWord();
    const created = await createProduct(t.app, owner.accessToken, { name: 'Plain thing', sku: `QX-${word}-9` });

    expect(ids(await listProducts(t.app, { q: word.slice(0, -1) }))).toEqual(idsOf(created));
  });

  it('when the vocabulary holds words with a quote or a backslash, then they are never spliced into the tsquery', async () => {
    // Only the tables' owner (or the trigger) writes the vocabulary; the API's role may only read it.
    await t.owner.prisma.$executeRaw`INSERT INTO "SearchWord" ("word") VALUES ('zorbl''ex'), ('zorbl\\ex'), ('zorblex') ON CONFLICT DO NOTHING`;

    const text = await forgivingQuery(t.db.prisma, 'zorblx');

    expect(text).toBe("('zorblx':* | 'zorblex')");
    const [row] = await t.db.prisma.$queryRaw<Array<{ parsed: string }>>`SELECT to_tsquery('simple'::regconfig, ${text})::text AS parsed`;
    expect(row?.parsed).toBe("'zorblx':* | 'zorblex'");
  });
});

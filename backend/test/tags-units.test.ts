// Tag normalisation (modules/products/tags.ts): one spelling per tag, whatever was typed.
import Joi from 'joi';
import { describe, expect, it } from 'vitest';
import { normaliseTag, normaliseTagPrefix, suggestTagsQuery, tagFilter, tagList, TAG_MAX_LENGTH, TAGS_PER_PRODUCT_MAX } from '../src/modules/products/tags.js';

const body = Joi.object({ tags: tagList });
const query = Joi.object({ tags: tagFilter });
const check = (schema: Joi.ObjectSchema, value: object) => schema.validate(value, { abortEarly: false, convert: true });
const codes = (result: Joi.ValidationResult) => result.error?.details.map((d) => d.type) ?? [];

describe('normaliseTag', () => {
  it('when a tag differs only in case, then it normalises to lower case', () => {
    expect(normaliseTag('Earl GREY')).toBe('earl grey');
  });

  it('when a tag has spaces around it or runs of spaces, tabs or line breaks inside, then they become single spaces and the ends go', () => {
    expect(normaliseTag('  earl \t\n  grey  ')).toBe('earl grey');
    expect(normaliseTag('earl\u00a0grey')).toBe('earl grey');
  });

  it('when a tag is typed in compatibility forms (full-width letters, the ideographic space, ligatures), then NFKC folds them', () => {
    expect(normaliseTag('ＥＡＲＬ\u3000ｇｒｅｙ')).toBe('earl grey');
    expect(normaliseTag('ﬁne')).toBe('fine');
    // Composed and decomposed accents are one tag.
    expect(normaliseTag('cafe\u0301')).toBe(normaliseTag('café'));
  });

  it('when a normalised tag is normalised again, then it is unchanged', () => {
    for (const raw of ['İstanbul', 'ＡＢＣ', ' Déjà  Vu ', 'ǅ', 'ß']) expect(normaliseTag(normaliseTag(raw))).toBe(normaliseTag(raw));
  });

  it('when a prefix ends in a space, then the space is kept (so "earl " asks for "earl grey", not "earlybird")', () => {
    expect(normaliseTagPrefix('  Earl   ')).toBe('earl ');
  });
});

describe('tagList (a body field)', () => {
  it('when tags are valid, then the value is the normalised, distinct tags in the order given', () => {
    const result = check(body, { tags: ['Tea', ' tea ', 'Loose  Leaf', 'TEA'] });
    expect(result.error).toBeUndefined();
    expect(result.value.tags).toEqual(['tea', 'loose leaf']);
  });

  it(`when a tag is longer than ${TAG_MAX_LENGTH} characters once normalised, then tag.long; spaces that normalisation drops do not count, an emoji is one`, () => {
    expect(codes(check(body, { tags: ['x'.repeat(TAG_MAX_LENGTH + 1)] }))).toEqual(['tag.long']);
    expect(check(body, { tags: [`  ${'x'.repeat(TAG_MAX_LENGTH)}  `] }).error).toBeUndefined();
    expect(check(body, { tags: ['🍵'.repeat(TAG_MAX_LENGTH)] }).error).toBeUndefined();
  });

  it('when a tag is empty or only spaces, holds a comma or a control character, then each is refused with its code', () => {
    expect(codes(check(body, { tags: ['', '   ', 'a,b', 'bell\u0007'] }))).toEqual(['string.empty', 'tag.empty', 'tag.comma', 'text.control']);
  });

  it(`when there are more than ${TAGS_PER_PRODUCT_MAX} different tags, then tags.many; repeats of one tag count once`, () => {
    const many = Array.from({ length: TAGS_PER_PRODUCT_MAX + 1 }, (_v, i) => `tag ${i}`);
    expect(codes(check(body, { tags: many }))).toEqual(['tags.many']);
    expect(check(body, { tags: many.slice(0, TAGS_PER_PRODUCT_MAX) }).error).toBeUndefined();
    const repeats = check(body, { tags: Array.from({ length: 30 }, (_v, i) => (i % 2 ? 'Same' : 'same ')) });
    expect(repeats.value.tags).toEqual(['same']);
  });
});

describe('tagFilter (a query value)', () => {
  it('when tags are separated by commas, then the value is the normalised, distinct list; empty entries ask for nothing', () => {
    expect(check(query, { tags: 'Earl  Grey, LOOSE,,earl grey,' }).value.tags).toEqual(['earl grey', 'loose']);
  });

  it('when the value names no tag or a tag too long, or too many tags, then it is refused', () => {
    expect(codes(check(query, { tags: ' , ' }))).toEqual(['tag.empty']);
    expect(codes(check(query, { tags: 'x'.repeat(TAG_MAX_LENGTH + 1) }))).toEqual(['tag.long']);
    expect(codes(check(query, { tags: Array.from({ length: TAGS_PER_PRODUCT_MAX + 1 }, (_v, i) => `t${i}`).join(',') }))).toEqual(['tags.many']);
  });
});

describe('the autocomplete query', () => {
  it('when prefix and limit are absent, then the prefix is empty and the limit 10; a limit past 50 is refused', () => {
    expect(suggestTagsQuery.validate({}).value).toEqual({ prefix: '', limit: 10 });
    expect(suggestTagsQuery.validate({ prefix: ' Earl  G' }).value.prefix).toBe('earl g');
    expect(suggestTagsQuery.validate({ limit: '51' }).error).toBeDefined();
  });
});

import Joi from 'joi';
import { singleLineText } from '../../lib/http/text.js';

/** The Tag.name and Product.tags element column (varchar(40)): counted in characters, as PostgreSQL does. */
export const TAG_MAX_LENGTH = 40;
export const TAGS_PER_PRODUCT_MAX = 20;

/**
 * The one spelling of a tag: "  Earl   GREY " and "ｅａｒｌ grey" are both "earl grey". NFKC folds
 * compatibility forms (full-width letters, ligatures, the ideographic space) before the spaces are
 * collapsed, and again after lower-casing, which can leave a decomposed letter behind ("İ"): applied
 * twice it changes nothing, so a stored tag always matches itself in a filter.
 */
export function normaliseTag(raw: string): string {
  return raw.normalize('NFKC').replace(/\s+/gu, ' ').trim().toLowerCase().normalize('NFKC');
}

/**
 * An autocomplete prefix: normalised like a tag, but a trailing space is kept ("earl " asks for
 * "earl grey", not "earlybird").
 */
export function normaliseTagPrefix(raw: string): string {
  return raw.normalize('NFKC').replace(/\s+/gu, ' ').trimStart().toLowerCase().normalize('NFKC');
}

/** Characters, not UTF-16 units: an emoji is one, as in varchar(40). */
const lengthOf = (value: string) => [...value].length;

const messages = {
  'tag.empty': '{{#label}} must not be empty or only spaces',
  'tag.long': `{{#label}} must be at most ${TAG_MAX_LENGTH} characters long`,
  // A filter lists tags separated by commas (tagFilter), so a tag holding one could never be asked for.
  'tag.comma': '{{#label}} must not contain a comma',
  'tags.many': `{{#label}} must hold at most ${TAGS_PER_PRODUCT_MAX} different tags`,
};

function checkedTag(value: string, helpers: Joi.CustomHelpers): string | Joi.ErrorReport {
  const tag = normaliseTag(value);
  if (tag.length === 0) return helpers.error('tag.empty');
  if (tag.includes(',')) return helpers.error('tag.comma');
  if (lengthOf(tag) > TAG_MAX_LENGTH) return helpers.error('tag.long');
  return tag;
}

// singleLineText first: a control character or a lone surrogate is refused, never normalised away.
const tag = singleLineText().custom(checkedTag).messages(messages);

/** Keeps the first of tags that normalise alike ("Tea", "tea "): one tag, in the order given. */
function distinct(tags: string[], helpers: Joi.CustomHelpers): string[] | Joi.ErrorReport {
  const unique = [...new Set(tags)];
  return unique.length > TAGS_PER_PRODUCT_MAX ? helpers.error('tags.many') : unique;
}

/**
 * A product's tags in a create or update body: an array of strings, each normalised (normaliseTag),
 * 1 to TAG_MAX_LENGTH characters, no comma; duplicates after normalisation are merged; at most
 * TAGS_PER_PRODUCT_MAX. The validated value is the normalised array.
 */
export const tagList = Joi.array()
  .items(tag)
  .custom(distinct)
  .messages(messages)
  .description(`Normalised (trimmed, inner spaces collapsed, lower case, NFKC); 1 to ${TAG_MAX_LENGTH} characters each, no comma; at most ${TAGS_PER_PRODUCT_MAX}, duplicates merged.`);

function splitFilter(value: string, helpers: Joi.CustomHelpers): string[] | Joi.ErrorReport {
  const tags: string[] = [];
  for (const part of value.split(',')) {
    const normalised = normaliseTag(part);
    // "tea,,pot" and a trailing comma are forgiven: an empty entry asks for nothing.
    if (normalised.length === 0) continue;
    if (lengthOf(normalised) > TAG_MAX_LENGTH) return helpers.error('tag.long');
    tags.push(normalised);
  }
  if (tags.length === 0) return helpers.error('tag.empty');
  return distinct(tags, helpers);
}

/**
 * A query value listing tags separated by commas ("tags=Earl Grey,loose"): validated to the
 * normalised, distinct array (["earl grey", "loose"]), at most TAGS_PER_PRODUCT_MAX of them.
 */
export const tagFilter = singleLineText()
  .max((TAG_MAX_LENGTH + 1) * TAGS_PER_PRODUCT_MAX * 2)
  .custom(splitFilter)
  .messages(messages)
  .description(`Tags separated by commas, each normalised like a product's tags; at most ${TAGS_PER_PRODUCT_MAX}.`);

/** GET /workspaces/:slug/tags: `prefix` normalised like a tag (normaliseTagPrefix), at most 50 answers. */
export const suggestTagsQuery = Joi.object({
  prefix: singleLineText()
    .allow('')
    .max(TAG_MAX_LENGTH * 2)
    .custom((value: string) => normaliseTagPrefix(value))
    .default('')
    .description('The start of the tags wanted, normalised like a tag (case, spacing); empty or absent: the first ones.'),
  limit: Joi.number().integer().min(1).max(50).default(10),
});

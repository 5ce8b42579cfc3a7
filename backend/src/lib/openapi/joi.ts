import type Joi from 'joi';
import joiToJson from 'joi-to-json';
import type { JsonSchema } from './types.js';

// A CommonJS module whose typings declare an ES default export: at run time the default import is
// the function itself.
const parse = joiToJson as unknown as (schema: Joi.Schema, mode: 'open-api-3.1') => unknown;

/**
 * The JSON Schema (OpenAPI 3.1 dialect) of a Joi schema, via joi-to-json, with the two things it
 * gets wrong for our schemas put right:
 * - a regex with flags comes out as "^...$/u": the flags are dropped (JSON Schema patterns are
 *   ECMA-262 with Unicode semantics already);
 * - a rule against a sibling field (Joi.ref, e.g. "must differ from currentPassword") comes out as
 *   a literal {ref: ...} value; it cannot be said in JSON Schema, so it is left out and the
 *   operation's text says it instead;
 * - an inverted pattern (`.pattern(re, { invert: true })`: must NOT match) comes out as a plain
 *   `pattern`, the opposite rule: it becomes `not: { pattern }`.
 */
export function joiToJsonSchema(schema: Joi.Schema): JsonSchema {
  const cleaned = clean(parse(schema, 'open-api-3.1'), invertedPatterns(schema.describe()));
  return cleaned === DROP ? {} : (cleaned as JsonSchema);
}

// joi-to-json writes a regex as its source without slashes and flags; so is it compared here.
const regexSource = (regex: string) => regex.replace(/^\//, '').replace(/(?<!\\)\/[dgimsuvy]*$/, '');

/** Sources of every `invert: true` pattern anywhere in a Joi description. */
function invertedPatterns(description: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(description)) description.forEach((d) => invertedPatterns(d, found));
  else if (description && typeof description === 'object') {
    const rule = description as { name?: unknown; args?: { regex?: unknown; options?: { invert?: unknown } } };
    if (rule.name === 'pattern' && rule.args?.options?.invert === true && typeof rule.args.regex === 'string') found.add(regexSource(rule.args.regex));
    Object.values(description).forEach((d) => invertedPatterns(d, found));
  }
  return found;
}

const DROP = Symbol('drop');

// Bottom-up: a Joi ref drops the smallest keyword holding it, and a keyword left empty by that
// drop goes too (an empty `not` would otherwise forbid everything).
function clean(value: unknown, inverted: Set<string>): unknown {
  if (isJoiRef(value)) return DROP;
  if (Array.isArray(value)) {
    const items = value.map((item) => clean(item, inverted));
    return items.includes(DROP) ? DROP : items;
  }
  if (!value || typeof value !== 'object') return value;
  const out: JsonSchema = {};
  for (const [key, child] of Object.entries(value)) {
    if (key === 'pattern' && typeof child === 'string') {
      const pattern = regexSource(child);
      if (inverted.has(pattern)) out.not = { pattern };
      else out.pattern = pattern;
      continue;
    }
    const cleaned = clean(child, inverted);
    if (cleaned !== DROP) out[key] = cleaned;
  }
  return Object.keys(out).length === 0 && Object.keys(value).length > 0 ? DROP : out;
}

function isJoiRef(value: unknown): boolean {
  const ref = (value as { ref?: { path?: unknown } } | null)?.ref;
  return typeof value === 'object' && value !== null && typeof ref === 'object' && ref !== null && Array.isArray(ref.path);
}

/**
 * Each property of an object schema as an OpenAPI parameter (path or query). Joi's `.default()`
 * and `.required()` carry over; path parameters are always required.
 */
export function joiToParameters(schema: Joi.ObjectSchema, where: 'path' | 'query', notes: Record<string, JsonSchema> = {}): JsonSchema[] {
  const json = joiToJsonSchema(schema) as { properties?: Record<string, JsonSchema>; required?: string[] };
  const required = new Set(json.required ?? []);
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = { ...property, ...notes[name] };
    return {
      name,
      in: where,
      required: where === 'path' || required.has(name),
      ...(description ? { description } : {}),
      schema: rest,
    };
  });
}

import type { NextFunction, Request, Response } from 'express';
import type Joi from 'joi';
import { AppError, type FieldError } from '../errors.js';

type Part = 'body' | 'query' | 'params';
type Schemas = Partial<Record<Part, Joi.ObjectSchema<unknown>>>;

/**
 * Validates the parts of a request against Joi schemas and keeps the converted values in
 * `res.locals.input` (Express 5's req.query is a getter, so the request is left untouched).
 * Every failing field is reported at once, unknown fields included.
 */
export function validate(schemas: Schemas, options: ValidateOptions = {}) {
  const queries = options.rememberQueries ? new Map<string, unknown>() : null;
  return (req: Request, res: Response, next: NextFunction): void => {
    const input: Partial<Record<Part, unknown>> = {};
    const errors: FieldError[] = [];
    for (const part of ['params', 'query', 'body'] as const) {
      const schema = schemas[part];
      if (!schema) continue;
      const rawQuery = queries && part === 'query' ? queryString(req) : null;
      const remembered = rawQuery === null ? undefined : queries!.get(rawQuery);
      if (remembered !== undefined) {
        input[part] = remembered;
        continue;
      }
      const raw: unknown = part === 'body' ? (req.body ?? {}) : req[part];
      const result = schema.validate(raw, { abortEarly: false, convert: true });
      if (result.error) {
        errors.push(...result.error.details.map((d) => toFieldError(part, d)));
        continue;
      }
      input[part] = result.value;
      if (rawQuery !== null) remember(queries!, rawQuery, Object.freeze(result.value));
    }
    if (errors.length > 0) {
      throw new AppError(400, 'validation_failed', 'The request has invalid fields', { errors });
    }
    res.locals.input = input;
    next();
  };
}

export interface ValidateOptions {
  /**
   * Reuses the validated query of an identical query string (a bounded number of them). For hot
   * read routes: the same few pages are asked again and again, and Joi was a tenth of a cached
   * page's CPU. Only valid queries are kept, frozen, so nothing downstream can change one.
   */
  rememberQueries?: boolean;
}

const REMEMBERED_QUERIES = 1_000;

// req.query is parsed from this string alone, so the same string always validates the same way.
function queryString(req: Request): string {
  const at = req.originalUrl.indexOf('?');
  return at < 0 ? '' : req.originalUrl.slice(at + 1);
}

function remember(queries: Map<string, unknown>, key: string, value: unknown): void {
  // Forgotten all at once when full: cheap, and a flood of distinct queries cannot grow it.
  if (queries.size >= REMEMBERED_QUERIES) queries.clear();
  queries.set(key, value);
}

function toFieldError(part: Part, detail: Joi.ValidationErrorItem): FieldError {
  const field = detail.path.join('.') || detail.context?.key || part;
  const message =
    detail.type === 'object.unknown' ? `"${field}" is not allowed` : detail.message.replace(/^"[^"]*" /, `"${field}" `);
  return { in: part, field, message, code: detail.type };
}

/** The validated input a `validate()` middleware left for the controller. */
export function inputOf<T>(res: Response, part: Part): T {
  return (res.locals.input as Record<Part, T>)[part];
}

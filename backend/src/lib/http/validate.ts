import type { NextFunction, Request, Response } from 'express';
import type Joi from 'joi';
import { AppError, type FieldError } from '../errors.js';

type Part = 'body' | 'query' | 'params';
type Schemas = Partial<Record<Part, Joi.ObjectSchema>>;

/**
 * Validates the parts of a request against Joi schemas and keeps the converted values in
 * `res.locals.input` (Express 5's req.query is a getter, so the request is left untouched).
 * Every failing field is reported at once, unknown fields included.
 */
export function validate(schemas: Schemas) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const input: Partial<Record<Part, unknown>> = {};
    const errors: FieldError[] = [];
    for (const part of ['params', 'query', 'body'] as const) {
      const schema = schemas[part];
      if (!schema) continue;
      const raw = part === 'body' ? (req.body ?? {}) : req[part];
      const { value, error } = schema.validate(raw, { abortEarly: false, convert: true });
      if (error) errors.push(...error.details.map((d) => toFieldError(part, d)));
      else input[part] = value;
    }
    if (errors.length > 0) {
      throw new AppError(400, 'validation_failed', 'The request has invalid fields', { errors });
    }
    res.locals.input = input;
    next();
  };
}

function toFieldError(part: Part, detail: Joi.ValidationErrorItem): FieldError {
  const field = detail.path.join('.') || (detail.context?.key as string | undefined) || part;
  const message =
    detail.type === 'object.unknown' ? `"${field}" is not allowed` : detail.message.replace(/^"[^"]*" /, `"${field}" `);
  return { in: part, field, message, code: detail.type };
}

/** The validated input a `validate()` middleware left for the controller. */
export function inputOf<T>(res: Response, part: Part): T {
  return (res.locals.input as Record<Part, T>)[part];
}

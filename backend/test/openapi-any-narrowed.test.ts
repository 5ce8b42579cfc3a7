import { describe, expect, it } from 'vitest';
import { openApiDocument } from '../src/modules/docs/index.js';

// Generated clients (the SPA's frontend/src/lib/api/schema.d.ts among them) read `type` first: a
// field typed as every JSON type becomes `unknown`, whatever its oneOf says.
describe('fields accepted as one of several shapes (Joi.any() narrowed by oneOf)', () => {
  it.each(['CreateProductRequest', 'UpdateProductRequest'])('when %s documents price, then it is a decimal string or a number, and nothing else', (name) => {
    const schemas = openApiDocument().components.schemas as Record<string, { properties: Record<string, Record<string, unknown>> }>;
    const price = schemas[name]!.properties.price!;

    expect(price).not.toHaveProperty('type');
    expect(price.oneOf).toEqual([
      { type: 'string', pattern: expect.any(String) as unknown },
      { type: 'number', minimum: 0, maximum: 9999999999.99 },
    ]);
  });
});

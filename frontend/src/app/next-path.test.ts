import { describe, expect, it } from 'vitest';
import { safeNextPath } from './next-path';

describe('safeNextPath', () => {
  it('keeps a path of this app, query included', () => {
    expect(safeNextPath('/my/products?status=draft', '/')).toBe('/my/products?status=draft');
  });

  it.each([null, '', 'https://evil.example/', '//evil.example/x', '/\\evil.example', 'javascript:alert(1)'])(
    'refuses %j and falls back',
    (next) => {
      expect(safeNextPath(next, '/my/products')).toBe('/my/products');
    },
  );
});

import { describe, expect, it } from 'vitest';
import { type ProductFormValues, checkPrice, checkStock, checkTag, normaliseTag, toProductBody, validateProduct } from './validation';

const valid: ProductFormValues = {
  name: 'Desk lamp',
  description: '',
  sku: 'LAMP-01',
  price: '19.99',
  currency: 'EUR',
  stock: '3',
  lowStockThreshold: '',
  status: 'draft',
  categoryIds: [],
  tags: [],
};

describe('product validation', () => {
  it('accepts a product at every limit', () => {
    expect(
      validateProduct({
        ...valid,
        name: 'n'.repeat(200),
        description: 'd'.repeat(5000),
        sku: `${'a'.repeat(61)}._-`,
        price: '9999999999.99',
        stock: '2147483647',
      }),
    ).toEqual({});
  });

  it.each([
    ['name', { name: '   ' }, 'Enter a name.'],
    ['name', { name: 'n'.repeat(201) }, 'Name must be at most 200 characters.'],
    ['description', { description: 'd'.repeat(5001) }, 'Description must be at most 5000 characters.'],
    ['sku', { sku: 'has space' }, 'Use only letters, digits, dot, dash and underscore.'],
    ['sku', { sku: 's'.repeat(65) }, 'SKU must be at most 64 characters.'],
    ['price', { price: '-1' }, 'Enter a price of 0 or more, like 19.99.'],
    ['price', { price: '1.999' }, 'Use at most 2 decimal places.'],
    ['price', { price: '1e3' }, 'Enter a price of 0 or more, like 19.99.'],
    ['price', { price: '10000000000' }, 'Price must be below 10,000,000,000.'],
    ['currency', { currency: 'EURO' }, 'Use a 3-letter ISO 4217 code, like EUR or USD.'],
    ['currency', { currency: 'ZZZ' }, 'ZZZ is not an ISO 4217 currency code.'],
    ['stock', { stock: '1.5' }, 'Stock must be a whole number of 0 or more.'],
    ['stock', { stock: '2147483648' }, 'Stock must be at most 2,147,483,647.'],
  ] as const)('refuses a bad %s: %j', (field, change, message) => {
    expect(validateProduct({ ...valid, ...change })).toEqual({ [field]: message });
  });

  it('allows an empty currency, meaning the server default, and leaves it out of the body', () => {
    expect(validateProduct({ ...valid, currency: '' })).toEqual({});
    expect(toProductBody({ ...valid, currency: '' })).not.toHaveProperty('currency');
  });

  it('sends price as a canonical decimal string and stock as an integer', () => {
    expect(toProductBody({ ...valid, price: '007.50', stock: ' 12 ' })).toMatchObject({ price: '7.50', stock: 12 });
  });

  it('for an edit, sends only the fields that changed', () => {
    expect(toProductBody({ ...valid, stock: '4', status: 'active' }, valid)).toEqual({ stock: 4, status: 'active' });
    expect(toProductBody(valid, valid)).toEqual({});
  });

  it('checks prices and stock on their own for filters and quick edits', () => {
    expect(checkPrice('0')).toBeUndefined();
    expect(checkPrice('0.5')).toBeUndefined();
    expect(checkStock('0')).toBeUndefined();
    expect(checkStock('-1')).toBe('Stock must be a whole number of 0 or more.');
  });

  it('when tags are typed with other cases and spaces, then they are stored as the API spells them, and a list of the same tags is no change', () => {
    expect(normaliseTag('  Earl   GREY ')).toBe('earl grey');
    expect(normaliseTag('ｅａｒｌ grey')).toBe('earl grey');
    expect(toProductBody({ ...valid, tags: ['tea'] }, { ...valid, tags: ['tea'] })).toEqual({});
    expect(toProductBody({ ...valid, tags: ['tea', 'mug'] }, { ...valid, tags: ['tea'] })).toEqual({ tags: ['tea', 'mug'] });
  });

  it('when a tag breaks the API rules, then it says why', () => {
    expect(checkTag('a,b', [])).toMatch(/comma/);
    expect(checkTag('x'.repeat(41), [])).toMatch(/40 characters/);
    expect(checkTag('new', Array.from({ length: 20 }, (_, n) => `t${n}`))).toMatch(/20 tags/);
    expect(checkTag('tea', [])).toBeUndefined();
  });

  it('when the low-stock threshold is empty it is none, and a number of 1 or more otherwise', () => {
    expect(toProductBody(valid)).not.toHaveProperty('lowStockThreshold');
    expect(toProductBody(valid, { ...valid, lowStockThreshold: '2' })).toEqual({ lowStockThreshold: null });
    expect(toProductBody({ ...valid, lowStockThreshold: ' 3 ' }).lowStockThreshold).toBe(3);
    expect(validateProduct({ ...valid, lowStockThreshold: '0' }).lowStockThreshold).toBeDefined();
    expect(validateProduct({ ...valid, lowStockThreshold: 'two' }).lowStockThreshold).toBeDefined();
  });
});

import { describe, expect, it } from 'vitest';
import { mergeFields, resolve, sameValue, unresolved } from './merge';
import type { ProductField, ProductFormValues } from './validation';

const BASE: ProductFormValues = {
  name: 'Desk lamp',
  description: 'Brass.',
  sku: 'LAMP-1',
  price: '12.30',
  currency: 'EUR',
  stock: '5',
  lowStockThreshold: '',
  status: 'draft',
  categoryIds: ['c1'],
  tags: ['desk'],
};

/** For each field: two values that differ from BASE's and from each other. */
const OTHER: { [F in ProductField]: [ProductFormValues[F], ProductFormValues[F]] } = {
  name: ['Desk lamp XL', 'Reading lamp'],
  description: ['Brass, polished.', ''],
  sku: ['LAMP-2', 'LAMP-3'],
  price: ['14.00', '9.99'],
  currency: ['USD', 'GBP'],
  stock: ['9', '0'],
  lowStockThreshold: ['3', '10'],
  status: ['active', 'archived'],
  categoryIds: [['c1', 'c2'], []],
  tags: [['desk', 'brass'], ['lighting']],
};

const FIELDS = Object.keys(OTHER) as ProductField[];

const withField = <F extends ProductField>(field: F, value: ProductFormValues[F]): ProductFormValues => ({ ...BASE, [field]: value });

describe('mergeFields, for every field', () => {
  describe.each(FIELDS)('%s', (field) => {
    const [one, two] = OTHER[field];

    it('when neither side changed it, then it is unchanged and keeps the value', () => {
      const merge = mergeFields(BASE, BASE, BASE);
      expect(merge.fields.find((f) => f.field === field)?.outcome).toBe('unchanged');
      expect(merge.values[field]).toEqual(BASE[field]);
      expect(merge.conflicts).toEqual([]);
    });

    it('when only mine changed it, then mine is kept', () => {
      const merge = mergeFields(BASE, BASE, withField(field, one));
      expect(merge.fields.find((f) => f.field === field)?.outcome).toBe('mine');
      expect(merge.values[field]).toEqual(one);
      expect(merge.conflicts).toEqual([]);
    });

    it('when only theirs changed it, then theirs is taken', () => {
      const merge = mergeFields(BASE, withField(field, one), BASE);
      expect(merge.fields.find((f) => f.field === field)?.outcome).toBe('theirs');
      expect(merge.values[field]).toEqual(one);
      expect(merge.conflicts).toEqual([]);
    });

    it('when both changed it to the same value, then that value is taken without a conflict', () => {
      const merge = mergeFields(BASE, withField(field, one), withField(field, one));
      expect(merge.fields.find((f) => f.field === field)?.outcome).toBe('same');
      expect(merge.values[field]).toEqual(one);
      expect(merge.conflicts).toEqual([]);
    });

    it('when both changed it to different values, then it is a conflict that keeps mine until chosen', () => {
      const merge = mergeFields(BASE, withField(field, one), withField(field, two));
      expect(merge.fields.find((f) => f.field === field)).toEqual({ field, outcome: 'conflict', base: BASE[field], mine: two, theirs: one });
      expect(merge.conflicts).toEqual([field]);
      expect(merge.values[field]).toEqual(two);
      expect(resolve(merge, { [field]: 'theirs' })[field]).toEqual(one);
      expect(resolve(merge, { [field]: 'mine' })[field]).toEqual(two);
    });

    it('when the base is unknown and the sides differ, then it is a conflict even if only one side changed it', () => {
      const merge = mergeFields(null, withField(field, one), BASE);
      expect(merge.baseUnknown).toBe(true);
      expect(merge.conflicts).toEqual([field]);
      expect(merge.fields.find((f) => f.field === field)?.base).toBeUndefined();
    });

    it('when the base is unknown and the sides agree, then it is no conflict', () => {
      const merge = mergeFields(null, withField(field, one), withField(field, one));
      expect(merge.fields.find((f) => f.field === field)?.outcome).toBe('unchanged');
      expect(merge.conflicts).toEqual([]);
    });
  });
});

describe('mergeFields, several fields at once', () => {
  it('when each side changed other fields and both changed one, then the one-sided changes merge and only the shared one is a conflict', () => {
    const theirs = { ...BASE, stock: '9', price: '15.00', tags: ['desk', 'sale'] };
    const mine = { ...BASE, name: 'Desk lamp XL', price: '14.00', status: 'active' as const };

    const merge = mergeFields(BASE, theirs, mine);

    expect(merge.values).toEqual({ ...BASE, name: 'Desk lamp XL', stock: '9', price: '14.00', status: 'active', tags: ['desk', 'sale'] });
    expect(merge.conflicts).toEqual(['price']);
    expect(Object.fromEntries(merge.fields.map((f) => [f.field, f.outcome]))).toEqual({
      name: 'mine',
      description: 'unchanged',
      sku: 'unchanged',
      price: 'conflict',
      currency: 'unchanged',
      stock: 'theirs',
      lowStockThreshold: 'unchanged',
      status: 'mine',
      categoryIds: 'unchanged',
      tags: 'theirs',
    });
    expect(unresolved(merge, {})).toEqual(['price']);
    expect(unresolved(merge, { price: 'theirs' })).toEqual([]);
    expect(resolve(merge, { price: 'theirs' })).toEqual({ ...merge.values, price: '15.00' });
  });

  it('when only some fields are merged (the inline stock and status), then only those are compared', () => {
    const merge = mergeFields({ stock: '5', status: 'draft' }, { stock: '5', status: 'active' }, { stock: '7', status: 'draft' });
    expect(merge.values).toEqual({ stock: '7', status: 'active' });
    expect(merge.conflicts).toEqual([]);
  });
});

describe('what counts as the same value', () => {
  it('when prices are spelled differently ("12.3", "12.30", "012.30"), then they are one price', () => {
    expect(sameValue('price', '12.3', '12.30')).toBe(true);
    expect(sameValue('price', '012.30', '12.3')).toBe(true);
    expect(sameValue('price', '12', '12.00')).toBe(true);
    expect(sameValue('price', ' 12.3 ', '12.30')).toBe(true);
    expect(sameValue('price', '12.3', '12.03')).toBe(false);
    expect(sameValue('price', '120', '12.0')).toBe(false);
  });

  it('when the form has a price spelled otherwise than the API\'s, then it is no change of mine', () => {
    const merge = mergeFields(BASE, { ...BASE, price: '14.00' }, { ...BASE, price: '12.3' });
    expect(merge.fields.find((f) => f.field === 'price')?.outcome).toBe('theirs');
    expect(merge.values.price).toBe('14.00');
  });

  it('when both set the same price in two spellings, then it is no conflict and the API\'s spelling is kept', () => {
    const merge = mergeFields(BASE, { ...BASE, price: '14.50' }, { ...BASE, price: '14.5' });
    expect(merge.fields.find((f) => f.field === 'price')?.outcome).toBe('same');
    expect(merge.values.price).toBe('14.50');
  });

  it('when tags or categories hold the same items in another order, then they are the same', () => {
    expect(sameValue('tags', ['a', 'b'], ['b', 'a'])).toBe(true);
    expect(sameValue('categoryIds', ['c2', 'c1'], ['c1', 'c2'])).toBe(true);
    expect(sameValue('tags', ['a'], ['a', 'b'])).toBe(false);
    expect(sameValue('tags', [], [])).toBe(true);
    const merge = mergeFields(BASE, { ...BASE, tags: ['lighting'] }, { ...BASE, categoryIds: ['c1'], tags: ['desk'] });
    expect(merge.fields.find((f) => f.field === 'tags')?.outcome).toBe('theirs');
  });

  it('when both added different tags, then the tags are a conflict (chosen as a whole)', () => {
    const merge = mergeFields(BASE, { ...BASE, tags: ['desk', 'sale'] }, { ...BASE, tags: ['desk', 'brass'] });
    expect(merge.conflicts).toEqual(['tags']);
  });

  it('when names, SKUs, stock or currencies differ only in spaces, leading zeros or case, then they are the same', () => {
    expect(sameValue('name', ' Desk lamp ', 'Desk lamp')).toBe(true);
    expect(sameValue('sku', 'LAMP-1 ', 'LAMP-1')).toBe(true);
    expect(sameValue('stock', '007', '7')).toBe(true);
    expect(sameValue('lowStockThreshold', '', ' ')).toBe(true);
    expect(sameValue('currency', 'eur', 'EUR')).toBe(true);
    expect(sameValue('description', 'Brass.', 'Brass. ')).toBe(false);
    expect(sameValue('status', 'draft', 'active')).toBe(false);
  });
});

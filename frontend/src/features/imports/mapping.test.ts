import { describe, expect, it } from 'vitest';
import { assignField, delimiterName, headerOf, mappedFields, mappingBody, missingFields, sameMapping } from './mapping';
import type { Mapping } from './types';

const guessed: Mapping = { 'Item code': 'sku', Title: 'name', Cost: 'price', Notes: null };

describe('the column mapping of an import', () => {
  it('when a column is given a free field, then only that column changes', () => {
    const { mapping, displaced } = assignField(guessed, 'Notes', 'description');
    expect(mapping).toEqual({ ...guessed, Notes: 'description' });
    expect(displaced).toBeNull();
    // Immutable: the mapping shown before is untouched.
    expect(guessed.Notes).toBeNull();
  });

  it('when a column is given a field another column fills, then that one fills nothing and is named', () => {
    const { mapping, displaced } = assignField(guessed, 'Notes', 'name');
    expect(mapping).toEqual({ 'Item code': 'sku', Title: null, Cost: 'price', Notes: 'name' });
    expect(displaced).toBe('Title');
    expect(headerOf(mapping, 'name')).toBe('Notes');
  });

  it('when a column is set to its own field again, or to nothing, then no other column is touched', () => {
    expect(assignField(guessed, 'Title', 'name')).toEqual({ mapping: guessed, displaced: null });
    expect(assignField(guessed, 'Cost', null)).toEqual({ mapping: { ...guessed, Cost: null }, displaced: null });
  });

  it('a mapping without SKU misses it; with it, nothing is missing', () => {
    expect(missingFields(guessed)).toEqual([]);
    expect(missingFields(assignField(guessed, 'Item code', null).mapping)).toEqual(['sku']);
  });

  it('the preview\'s columns are the fields filled, in the form\'s order, with their column', () => {
    expect(mappedFields({ Cost: 'price', Title: 'name', 'Item code': 'sku', Notes: null })).toEqual([
      { field: 'sku', header: 'Item code' },
      { field: 'name', header: 'Title' },
      { field: 'price', header: 'Cost' },
    ]);
  });

  it('the body names every header of the file; key order does not make two mappings differ', () => {
    expect(mappingBody(['Item code', 'Extra'], { 'Item code': 'sku' })).toEqual({ 'Item code': 'sku', Extra: null });
    expect(sameMapping({ a: 'sku', b: null }, { b: null, a: 'sku' })).toBe(true);
    expect(sameMapping({ a: 'sku' }, { a: 'sku', b: 'name' })).toBe(false);
  });

  it('the delimiter is named in words', () => {
    expect(delimiterName(',')).toBe('comma');
    expect(delimiterName(';')).toBe('semicolon');
    expect(delimiterName('\t')).toBe('tab');
  });
});

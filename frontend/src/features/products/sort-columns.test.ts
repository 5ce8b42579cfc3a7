import { describe, expect, it } from 'vitest';
import { nextSort, sortDirection } from './sort-columns';

describe('sorting a table by its column headers', () => {
  it('when a column is chosen first, then names and prices go up and dates newest first', () => {
    expect(nextSort('-createdAt', 'name')).toBe('name');
    expect(nextSort('-createdAt', 'price')).toBe('price');
    expect(nextSort('name', 'createdAt')).toBe('-createdAt');
  });

  it('when the list is already ordered by the column, then the next click turns the direction', () => {
    expect(nextSort('name', 'name')).toBe('-name');
    expect(nextSort('-name', 'name')).toBe('name');
    expect(nextSort('-createdAt', 'createdAt')).toBe('createdAt');
  });

  it('the header of the column in use says its direction; the others say none', () => {
    expect(sortDirection('-price', 'price')).toBe('descending');
    expect(sortDirection('price', 'price')).toBe('ascending');
    expect(sortDirection('price', 'name')).toBeUndefined();
  });
});

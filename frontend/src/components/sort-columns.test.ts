import { describe, expect, it } from 'vitest';
import { nextSort, sortDirection } from './sort-columns';

type Sort = 'name' | '-name' | 'price' | '-price' | 'createdAt' | '-createdAt';
const from = (sort: Sort) => sort;

describe('sorting a table by its column headers', () => {
  it('when a column is chosen first, then it starts in its own first direction', () => {
    expect(nextSort(from('-createdAt'), 'name', 'ascending')).toBe('name');
    expect(nextSort(from('-createdAt'), 'price', 'ascending')).toBe('price');
    expect(nextSort(from('name'), 'createdAt', 'descending')).toBe('-createdAt');
  });

  it('when the list is already ordered by the column, then the next click turns the direction, whatever its first', () => {
    expect(nextSort(from('name'), 'name', 'ascending')).toBe('-name');
    expect(nextSort(from('-name'), 'name', 'ascending')).toBe('name');
    expect(nextSort(from('-createdAt'), 'createdAt', 'descending')).toBe('createdAt');
    expect(nextSort(from('createdAt'), 'createdAt', 'descending')).toBe('-createdAt');
  });

  it('the header of the column in use says its direction; the others say none', () => {
    expect(sortDirection('-price', 'price')).toBe('descending');
    expect(sortDirection('price', 'price')).toBe('ascending');
    expect(sortDirection('price', 'name')).toBeUndefined();
  });
});

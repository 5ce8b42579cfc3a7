import { describe, expect, it } from 'vitest';
import { buildTree } from '../src/modules/categories/tree.js';
import { changesOf } from '../src/modules/products/import/apply.js';
import { uniqueHeaders } from '../src/modules/products/import/csv.js';
import { failedRowLine, failedRowsHeader } from '../src/modules/products/import/failed-rows.js';
import { displayName } from '../src/modules/products/import/imports.service.js';
import { autoMapping, checkedMapping, fieldForHeader, normaliseHeader } from '../src/modules/products/import/mapping.js';
import { findCategory, parseRow, skuOf } from '../src/modules/products/import/rows.js';
import { sniff } from '../src/modules/products/import/sniff.js';
import { fixture } from './products-import-support.js';

const KITCHEN = '00000000-0000-4000-8000-000000000001';
const TEAPOTS = '00000000-0000-4000-8000-000000000002';
const MUGS = '00000000-0000-4000-8000-000000000003';
const tree = buildTree([
  { id: KITCHEN, parentId: null, name: 'Kitchen', slug: 'kitchen', position: 0 },
  { id: TEAPOTS, parentId: KITCHEN, name: 'Tea pots', slug: 'teapots', position: 0 },
  { id: MUGS, parentId: null, name: 'Mugs', slug: 'mugs', position: 1 },
]);

const sniffed = (text: string | Buffer, complete = true) => sniff(Buffer.from(text), complete);
const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    return { status: (err as { status: number }).status, code: (err as { code: string }).code };
  }
  return null;
};

describe('sniffing the head of a file', () => {
  it('when rows agree on a delimiter, then that one is chosen, quoted delimiters not counted', () => {
    expect(sniffed('sku,name\nA,"x;y;z"\n').delimiter).toBe(',');
    expect(sniffed('sku;name;price\nA;Tray, large;1,50\n').delimiter).toBe(';');
    expect(sniffed('sku\tname\nA\tx, y\n').delimiter).toBe('\t');
    expect(sniffed(fixture('bom-semicolon.csv'))).toEqual({ bom: true, delimiter: ';' });
  });

  it('when a head is cut mid-row, then the cut row does not count against the delimiter', () => {
    expect(sniffed('sku;name;price\nA;b;1\nB;c', false).delimiter).toBe(';');
  });

  it('when the file is a picture, a workbook, binary, JSON, UTF-16 or empty, then it is refused with the reason', () => {
    expect(refusal(() => sniffed(fixture('pixel.png')))).toEqual({ status: 415, code: 'not_csv' });
    expect(refusal(() => sniffed(fixture('workbook.xlsx')))).toEqual({ status: 415, code: 'not_csv' });
    expect(refusal(() => sniffed(Buffer.from([0x73, 0x6b, 0x75, 0x00, 0x2c])))).toEqual({ status: 415, code: 'not_csv' });
    expect(refusal(() => sniffed(fixture('products.json')))).toEqual({ status: 415, code: 'not_csv' });
    expect(refusal(() => sniffed('  \n\n'))).toEqual({ status: 415, code: 'not_csv' });
    expect(refusal(() => sniffed(fixture('utf16.csv')))).toEqual({ status: 415, code: 'invalid_encoding' });
  });

  it('when the file has one column, then it is CSV only if that column is a SKU', () => {
    expect(refusal(() => sniffed(fixture('notes.txt')))).toEqual({ status: 415, code: 'not_csv' });
    expect(sniffed('SKU\nA-1\nA-2\n').delimiter).toBe(',');
  });
});

describe('matching headers to fields', () => {
  it('when headers differ in case, spacing, punctuation or wording, then they still name their field', () => {
    expect(normaliseHeader('  Product_Name ')).toBe('product name');
    expect(normaliseHeader('lowStockThreshold')).toBe('low stock threshold');
    expect(fieldForHeader('SKU')).toBe('sku');
    expect(fieldForHeader('Product name')).toBe('name');
    expect(fieldForHeader('Qty')).toBe('stock');
    expect(fieldForHeader('Quantity')).toBe('stock');
    expect(fieldForHeader('Price (EUR)')).toBe('price');
    expect(fieldForHeader('Category')).toBe('categories');
    expect(fieldForHeader('Categories')).toBe('categories');
    expect(fieldForHeader('TAGS')).toBe('tags');
    expect(fieldForHeader('createdAt')).toBeNull();
    expect(fieldForHeader('reason')).toBeNull();
  });

  it('when two headers name one field, then the first gets it and the other is left out', () => {
    expect(autoMapping(['SKU', 'Name', 'Title', 'Notes'])).toEqual({ SKU: 'sku', Name: 'name', Title: null, Notes: null });
  });

  it('when a mapping names a header the file lacks or one field twice, then it is refused', () => {
    expect(checkedMapping(['a', 'b'], { a: 'sku' })).toEqual({ a: 'sku', b: null });
    expect(refusal(() => checkedMapping(['a', 'b'], { c: 'sku' }))).toEqual({ status: 400, code: 'unknown_column' });
    expect(refusal(() => checkedMapping(['a', 'b'], { a: 'sku', b: 'sku' }))).toEqual({ status: 400, code: 'duplicate_mapping' });
  });

  it('when headers repeat or are empty, then each still names one column', () => {
    expect(uniqueHeaders([' Name ', 'name', '', 'Name'])).toEqual(['Name', 'name (2)', 'Column 3', 'Name (3)']);
  });
});

describe('reading a row', () => {
  const headers = ['sku', 'name', 'price', 'stock', 'status', 'categories', 'tags', 'description'];
  const mapping = autoMapping(headers);
  const context = { headers, mapping, tree };
  const row = (cells: string[], exists = false) => parseRow(cells, context, exists);

  it('when a new product is complete, then it reads as the create body the API validates (normalised)', () => {
    const parsed = row(['TEA-1', ' Sencha ', '12,5', '40', 'Active', 'Kitchen > Tea Pots|mugs', 'Green| loose ,gift', '']);
    expect(parsed.errors).toEqual([]);
    expect(parsed.input).toEqual({ sku: 'TEA-1', name: 'Sencha', price: '12.50', stock: 40, status: 'active', categoryIds: [TEAPOTS, MUGS], tags: ['green', 'loose', 'gift'] });
  });

  it('when the product exists, then empty cells change nothing and the SKU only finds it', () => {
    expect(row(['tea-1', '', '', '7', '', '', '', ''], true).input).toEqual({ stock: 7 });
  });

  it('when cells break the product rules, then each error names its field and column, with the rule\'s code', () => {
    const parsed = row(['BAD 1', '', '1.999', '-1', 'sold', 'Garden > Shed', '', '']);
    expect(parsed.input).toBeUndefined();
    const byField = Object.fromEntries(parsed.errors.map((e) => [e.field, e.code]));
    expect(byField).toEqual({ sku: 'string.pattern.base', name: 'any.required', price: 'price.precision', stock: 'number.min', status: 'any.only', categories: 'unknown_category' });
    expect(parsed.errors.find((e) => e.field === 'price')).toMatchObject({ column: 'price', message: expect.stringContaining('"price"') as unknown });
  });

  it('when a cell starts like a formula, then the row fails formula_cell; escaped with an apostrophe it is text, and a negative number is a number', () => {
    expect(row(['F-1', '=1+2', '1', '1', '', '', '', '']).errors.map((e) => [e.field, e.code])).toEqual([['name', 'formula_cell']]);
    expect(row(['F-1', 'Mug', '1', '1', '', '', '', '@SUM(A1)']).errors.map((e) => e.code)).toEqual(['formula_cell']);
    expect(row(['F-1', 'Mug', '1', '1', '', '', '', '+A1']).errors.map((e) => e.code)).toEqual(['formula_cell']);
    expect(row(['F-1', 'Mug', '1', '1', '', '', '', '\tx']).errors.map((e) => e.code)).toEqual(['formula_cell']);
    expect(row(['F-1', "'=literal", '1', '1', '', '', '', "'- point"]).input).toMatchObject({ name: '=literal', description: '- point' });
    expect(row(['F-1', 'Mug', '1', '-5', '', '', '', '']).errors.map((e) => e.code)).toEqual(['number.min']);
    expect(skuOf(['=A1'], ['sku'], { sku: 'sku' })).toBeNull();
  });

  it('when a row has more cells than the header, then it fails column_count (trailing empty cells are forgiven)', () => {
    expect(row(['C-1', 'Mug', '1', '1', '', '', '', '', 'extra']).errors.map((e) => e.code)).toEqual(['column_count']);
    expect(row(['C-1', 'Mug', '1', '1', '', '', '', '', '']).errors).toEqual([]);
  });

  it('when a category is named by path, slug path, slug, name or id, then it is found; an ambiguous or wrong path is not', () => {
    expect(findCategory(tree, 'Kitchen > Tea pots')).toBe(TEAPOTS);
    expect(findCategory(tree, 'kitchen/teapots')).toBe(TEAPOTS);
    expect(findCategory(tree, 'TEAPOTS')).toBe(TEAPOTS);
    expect(findCategory(tree, 'tea pots')).toBe(TEAPOTS);
    expect(findCategory(tree, MUGS)).toBe(MUGS);
    expect(findCategory(tree, 'mugs/teapots')).toBeNull();
    expect(findCategory(tree, 'Mugs > Tea pots')).toBeNull();
  });
});

describe('what an update changes', () => {
  const product = {
    id: 'p', key: 'a', name: 'Mug', description: '', price: '3.00', currency: 'EUR', stock: 2, lowStockThreshold: null,
    status: 'active', categoryIds: [MUGS], tags: ['blue'], version: 3,
  };

  it('when every given field equals the product, then nothing changes; otherwise only the differing fields', () => {
    expect(changesOf(product, { name: 'Mug', price: '3.00', categoryIds: [MUGS], tags: ['blue'] })).toBeNull();
    expect(changesOf(product, { name: 'Mug', stock: 5, tags: ['blue', 'tall'] })).toEqual({ stock: 5, tags: ['blue', 'tall'] });
  });
});

describe('the failed-rows file', () => {
  it('when written, then it has the original columns and a reason, formula-like cells escaped', () => {
    const header = failedRowsHeader(['sku', 'name']);
    expect(header).toEqual(['sku', 'name', 'reason']);
    expect(failedRowLine(header, { sku: 'F-1', name: '=1+2' }, 'It, failed')).toBe('F-1,\'=1+2,"It, failed"\r\n');
  });

  it('when the file had a reason column already (a fixed failed-rows file), then that column takes the new reason', () => {
    const header = failedRowsHeader(['sku', 'Reason']);
    expect(header).toEqual(['sku', 'Reason']);
    expect(failedRowLine(header, { sku: 'A', Reason: 'old' }, 'new')).toBe('A,new\r\n');
  });

  it('when a file name carries a path or control characters, then only its name is kept', () => {
    expect(displayName('C:\\Users\\me\\stock\u0007.csv')).toBe('stock.csv');
    expect(displayName('')).toBe('upload.csv');
  });
});

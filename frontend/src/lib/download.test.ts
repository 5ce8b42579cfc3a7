import { describe, expect, it } from 'vitest';
import { createCsvRowCounter, fileNameOf, parseTotalCount } from './download';

describe('a CSV download', () => {
  it('counts the data rows as they arrive, without the header, in any number of pieces', () => {
    const counter = createCsvRowCounter();
    let body = 'id,sku,name\r\n';
    expect(counter.update(body)).toBe(0);
    body += '1,A,Lamp\r\n2,B,Va';
    expect(counter.update(body)).toBe(1);
    body += 'se\r\n';
    expect(counter.update(body)).toBe(2);
    expect(counter.finish(body)).toBe(2);
  });

  it('a line break inside a quoted cell, and a doubled quote, do not end a row', () => {
    const counter = createCsvRowCounter();
    const body = 'id,description\n1,"two\nlines"\n2,"say ""hi""\nagain"\n3,plain';
    expect(counter.update(body)).toBe(2);
    // The last row has no line break after it: it counts once the body is complete.
    expect(counter.finish(body)).toBe(3);
  });

  it('an empty body or a header alone holds no row', () => {
    expect(createCsvRowCounter().finish('')).toBe(0);
    expect(createCsvRowCounter().finish('id,sku\n')).toBe(0);
    expect(createCsvRowCounter().finish('id,sku')).toBe(0);
  });

  it('X-Total-Count is a count, or past the cap "10000+" (at least); anything else is none', () => {
    expect(parseTotalCount('1234')).toEqual({ count: 1234, exact: true });
    expect(parseTotalCount('10000+')).toEqual({ count: 10000, exact: false });
    expect(parseTotalCount('0')).toEqual({ count: 0, exact: true });
    expect(parseTotalCount(null)).toBeNull();
    expect(parseTotalCount('many')).toBeNull();
  });

  it('the file name is the API\'s (filename* first), else the fallback', () => {
    expect(fileNameOf('attachment; filename="products-2026-12-03.csv"', 'x.csv')).toBe('products-2026-12-03.csv');
    expect(fileNameOf("attachment; filename=\"a.csv\"; filename*=UTF-8''caf%C3%A9.csv", 'x.csv')).toBe('café.csv');
    expect(fileNameOf('attachment; filename=plain.csv', 'x.csv')).toBe('plain.csv');
    expect(fileNameOf(undefined, 'x.csv')).toBe('x.csv');
  });
});

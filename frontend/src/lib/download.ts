import type { AxiosProgressEvent } from 'axios';
import { apiClient } from './api-client';

/*
 * Files the API makes for the signed-in user (a product export, a job's failed rows) are fetched with
 * the session's token, which a plain link would not carry, then handed to the browser as a download
 * under the name the API gave them. Read as text: the client's JSON parsing leaves a CSV as it is, so
 * a refusal still arrives as problem+json and reads like any other error.
 */

/** X-Total-Count: how many rows the file holds, exact or (past the API's cap, "10000+") at least. */
export interface RowTotal {
  count: number;
  exact: boolean;
}

export interface DownloadProgress {
  /** Bytes received so far. */
  bytes: number;
  /** Data rows received so far (not the header); null while the body so far cannot be read. */
  rows: number | null;
  /** From X-Total-Count; null when the API sent none. */
  total: RowTotal | null;
}

export interface DownloadResult {
  name: string;
  bytes: number;
  rows: number;
}

export function parseTotalCount(header: unknown): RowTotal | null {
  const match = typeof header === 'string' ? /^\s*(\d+)(\+)?\s*$/.exec(header) : null;
  return match ? { count: Number(match[1]), exact: match[2] === undefined } : null;
}

/**
 * Counts a CSV's records as its text arrives: a line break ends a record unless it is inside a quoted
 * cell (a description may hold one), and "" inside quotes toggles twice, so it changes nothing. Each
 * call scans only what arrived since the last, so a large file costs one pass in all.
 */
export function createCsvRowCounter() {
  let scanned = 0;
  let quoted = false;
  let records = 0;
  let openRecord = false;
  return {
    /** `text`: the whole body received so far. Returns the data rows complete so far (without the header). */
    update(text: string): number {
      for (let i = scanned; i < text.length; i++) {
        const char = text.charCodeAt(i);
        if (char === 34 /* " */) quoted = !quoted;
        if (char === 10 /* \n */ && !quoted) {
          records++;
          openRecord = false;
        } else if (char !== 13 /* \r */) openRecord = true;
      }
      scanned = text.length;
      return Math.max(0, records - 1);
    },
    /** Once the body is complete: a last record without a line break counts too. */
    finish(text: string): number {
      this.update(text);
      return Math.max(0, records + (openRecord ? 1 : 0) - 1);
    },
  };
}

/** The file name of a Content-Disposition header (RFC 6266: filename* first), else `fallback`. */
export function fileNameOf(disposition: unknown, fallback: string): string {
  const value = typeof disposition === 'string' ? disposition : '';
  const extended = /filename\*=(?:UTF-8|utf-8)''([^;]+)/.exec(value)?.[1];
  if (extended) {
    try {
      return decodeURIComponent(extended.trim());
    } catch {
      // A malformed escape: the plain name below, if any.
    }
  }
  return /filename="([^"]+)"/.exec(value)?.[1] ?? /filename=([^;\s]+)/.exec(value)?.[1] ?? fallback;
}

/** Hands `data` to the browser as a download named `name`; returns its size in bytes. */
function saveFile(data: BlobPart, name: string, type = 'text/csv;charset=utf-8'): number {
  const blob = new Blob([data], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // After the click has started the download: revoking at once can cancel it in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
  return blob.size;
}

/** The request behind an axios progress event, when it is an XMLHttpRequest (the browser's adapter). */
function requestOf(event: AxiosProgressEvent): XMLHttpRequest | null {
  const target = (event.event as Event | undefined)?.target;
  return typeof XMLHttpRequest !== 'undefined' && target instanceof XMLHttpRequest ? target : null;
}

function partialText(request: XMLHttpRequest | null): string | null {
  try {
    return request ? request.responseText : null;
  } catch {
    return null;
  }
}

interface DownloadOptions {
  params?: Record<string, unknown>;
  /** Name used when the API gives none. */
  fallbackName: string;
  onProgress?: (progress: DownloadProgress) => void;
  signal?: AbortSignal;
}

/** GET `path` as a CSV file and save it; progress by bytes, and by rows against X-Total-Count. */
export async function downloadCsv(path: string, { params, fallbackName, onProgress, signal }: DownloadOptions): Promise<DownloadResult> {
  const counter = createCsvRowCounter();
  let total: RowTotal | null = null;
  const response = await apiClient.get<string>(path, {
    params,
    signal,
    // A million rows take longer than the client's usual 20 s; the user can cancel instead.
    timeout: 0,
    onDownloadProgress: (event) => {
      const request = requestOf(event);
      total ??= parseTotalCount(request?.getResponseHeader('X-Total-Count'));
      const text = partialText(request);
      onProgress?.({ bytes: event.loaded, rows: text === null ? null : counter.update(text), total });
    },
  });
  const text = typeof response.data === 'string' ? response.data : JSON.stringify(response.data);
  const name = fileNameOf(response.headers['content-disposition'], fallbackName);
  const bytes = saveFile(text, name);
  return { name, rows: counter.finish(text), bytes };
}

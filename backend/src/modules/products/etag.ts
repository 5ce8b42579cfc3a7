import { createHash } from 'node:crypto';

/**
 * The strong ETag of one version of a product: `"<version>-<hash>"`. A representation changes only
 * through a write, and every write increments the version, so id + version identify it. The hash
 * ties the tag to the product: a tag copied from another product at the same version never passes
 * an If-Match here.
 */
export function productEtag(id: string, version: number): string {
  const key = `${id}:${version}`;
  let tag = recentTags.get(key);
  if (tag === undefined) {
    tag = `"${version}-${createHash('sha256').update(key).digest('base64url').slice(0, 12)}"`;
    // Every cached read needs the tag of a product it has seen before: remembered, not re-hashed.
    // Bounded: forgotten all at once when full, which only costs the next reads a hash each.
    if (recentTags.size >= RECENT_TAGS_MAX) recentTags.clear();
    recentTags.set(key, tag);
  }
  return tag;
}

const RECENT_TAGS_MAX = 10_000;
const recentTags = new Map<string, string>();

interface EntityTag {
  weak: boolean;
  /** With its quotes, as it appears in an ETag header. */
  opaque: string;
}

// RFC 9110 §8.8.3: entity-tag = [ "W/" ] DQUOTE *etagc DQUOTE; lists are comma-separated.
const TAG = /^\s*(W\/)?("[\x21\x23-\x7e\x80-\xff]*")\s*$/;

/** '*' or the tags of a list; members that are not entity tags are dropped (they match nothing). */
function parseTags(header: string): '*' | EntityTag[] {
  if (header.trim() === '*') return '*';
  return header.split(',').flatMap((part) => {
    const match = TAG.exec(part);
    return match ? [{ weak: Boolean(match[1]), opaque: match[2]! }] : [];
  });
}

/** If-None-Match (weak comparison, RFC 9110 §13.1.2): true when the client's copy is current, i.e. 304. */
export function ifNoneMatchHits(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  const tags = parseTags(header);
  return tags === '*' || tags.some((tag) => tag.opaque === etag);
}

/**
 * If-Match (strong comparison, RFC 9110 §13.1.1) as the versions a write may apply to: null when
 * any version will do (no header, or '*': the product must exist, which the write checks anyway);
 * an empty list when no tag names a version of this product, so the write matches nothing.
 */
export function versionsFromIfMatch(header: string | undefined, productId: string): number[] | null {
  if (header === undefined) return null;
  const tags = parseTags(header);
  if (tags === '*') return null;
  const versions = new Set<number>();
  for (const tag of tags) {
    const version = /^"(\d{1,9})-/.exec(tag.opaque)?.[1];
    if (!tag.weak && version !== undefined && productEtag(productId, Number(version)) === tag.opaque) versions.add(Number(version));
  }
  return [...versions];
}

/**
 * The weak ETag Express gives a response body (its default `etag` setting, the etag package):
 * `W/"<byte length in hex>-<27 chars of base64 SHA-1>"`. Computed once when a list page is cached
 * and stored with it, instead of hashing the page again on every read (a tenth of a cached page's
 * CPU); Express sees the header set and answers If-None-Match with it as before.
 */
export function weakBodyEtag(body: string): string {
  const length = Buffer.byteLength(body, 'utf8');
  if (length === 0) return 'W/"0-2jmj7l5rSw0yVb/vlWAYkK/YBwk"';
  return `W/"${length.toString(16)}-${createHash('sha1').update(body, 'utf8').digest('base64').slice(0, 27)}"`;
}

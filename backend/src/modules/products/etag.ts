import { createHash } from 'node:crypto';

/**
 * The strong ETag of one version of a product: `"<version>-<hash>"`. A representation changes only
 * through a write, and every write increments the version, so id + version identify it. The hash
 * ties the tag to the product: a tag copied from another product at the same version never passes
 * an If-Match here.
 */
export function productEtag(id: string, version: number): string {
  const hash = createHash('sha256').update(`${id}:${version}`).digest('base64url').slice(0, 12);
  return `"${version}-${hash}"`;
}

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

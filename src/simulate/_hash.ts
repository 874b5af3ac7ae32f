/**
 * A uniform number in [0, 1) determined by a seed and a key (household id and program id): FNV-1a
 * over the key's UTF-16 code units, mixed with the seed, then one mulberry32 step. Keyed by id, not
 * by position, so a household gets the same draw in a single pass and in any partition. @internal
 */
export function seededUniform(seed: number, key: string): number {
  let h = 0x811c9dc5 ^ seed;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  let t = (h + 0x6d2b79f5) >>> 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** FNV-1a over a key's UTF-16 code units from an offset basis, then murmur3's finaliser. */
function lane(basis: number, key: string): number {
  let h = basis;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * The digest of a set of household ids, kept as two 32-bit lanes: each lane is the sum, modulo 2³²,
 * of a 32-bit hash of every id. A sum does not depend on the order of the ids, and the digest of a
 * union of disjoint partitions is the sum of theirs; two partitions with the same households have the
 * same digest, two with different households the same one by a chance of about 2⁻⁶⁴. It tells that
 * the same partition was given twice; it proves nothing about a partial overlap. @internal
 */
export class IdDigest {
  private high = 0;
  private low = 0;

  /** Add one household id. */
  add(id: string): void {
    this.high = (this.high + lane(0x811c9dc5, id)) >>> 0;
    this.low = (this.low + lane(0x9e3779b9, id)) >>> 0;
  }

  /** As text: 16 lowercase hexadecimal digits. */
  toString(): string {
    return this.high.toString(16).padStart(8, "0") + this.low.toString(16).padStart(8, "0");
  }

  /** The digest of the union of two disjoint sets, from their texts. */
  static sum(a: string, b: string): string {
    const add = (from: number) => ((Number.parseInt(a.slice(from, from + 8), 16) + Number.parseInt(b.slice(from, from + 8), 16)) >>> 0).toString(16).padStart(8, "0");
    return add(0) + add(8);
  }
}

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

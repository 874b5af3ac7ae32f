/**
 * A set of household ids kept as 64-bit fingerprints (two independent 32-bit FNV-1a hashes) in an
 * open-addressing table: 8 bytes a slot, at most half full, so about 16 bytes per id whatever the
 * id's length. Two different ids share a fingerprint with probability about n² / 2⁶⁵ over the
 * whole file (≈ 2 · 10⁻⁹ for 270 000 households); such a collision would reject a valid household
 * as reappearing, never accept a bad one.
 * @internal
 */
export class SeenIds {
  private table = new Uint32Array(2 * 1024);
  private size = 0;

  /** Add an id; returns `true` when it (or its fingerprint) was already there. */
  addOrHas(id: string): boolean {
    let a = 0x811c9dc5;
    let b = 0x050c5d1f;
    for (let i = 0; i < id.length; i++) {
      const c = id.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 13);
    }
    a >>>= 0;
    b >>>= 0;
    if (a === 0 && b === 0) b = 1; // (0, 0) marks an empty slot
    if (this.findOrInsert(a, b)) return true;
    this.size += 1;
    if (this.size * 2 > this.table.length / 2) this.grow();
    return false;
  }

  private findOrInsert(a: number, b: number): boolean {
    const table = this.table;
    const mask = table.length / 2 - 1;
    let slot = (a ^ Math.imul(b, 0x9e3779b1)) & mask;
    for (;;) {
      const x = table[2 * slot] as number;
      const y = table[2 * slot + 1] as number;
      if (x === 0 && y === 0) {
        table[2 * slot] = a;
        table[2 * slot + 1] = b;
        return false;
      }
      if (x === a && y === b) return true;
      slot = (slot + 1) & mask;
    }
  }

  private grow(): void {
    const old = this.table;
    this.table = new Uint32Array(old.length * 2);
    for (let i = 0; i < old.length; i += 2) {
      const a = old[i] as number;
      const b = old[i + 1] as number;
      if (a !== 0 || b !== 0) this.findOrInsert(a, b);
    }
  }
}

/**
 * A regency cell read from a file's bytes as a routing key: its digits only, so that `64.02`,
 * `6402` and `"64.02"` route one way. Used by the parallel runner (one worker per regency) and by
 * the CLI's `split` (one partition per regency); neither decides whether the code is valid: the
 * household's own check does, wherever it is read.
 * @internal
 */
export function regencyKey(bytes: Uint8Array, from: number, to: number): string {
  let key = "";
  for (let i = from; i < to; i++) {
    const c = bytes[i] as number;
    if (c >= 48 && c <= 57) key += String.fromCharCode(c);
  }
  return key;
}

/**
 * {@link regencyKey} of a cell already read as text (the two-table `split`, which places the rows
 * its join reads): the same digits, so both splits route a household alike.
 * @internal
 */
export function regencyKeyOfText(cell: string): string {
  let key = "";
  for (let i = 0; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if (c >= 48 && c <= 57) key += cell[i];
  }
  return key;
}

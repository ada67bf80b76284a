// Writing one file of the dataset from pieces, so that no table is ever one string in memory.
import { writeSync } from 'node:fs';

/** All of `bytes` to an open file: writeSync may write less than it is given. */
export function writeAll(fd: number, bytes: Uint8Array): void {
  for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written, bytes.length - written);
}

// Writing one file of the dataset from pieces, so that no table is ever one string in memory.
import { closeSync, openSync, writeSync } from 'node:fs';

export function writeChunks(path: string, chunks: Iterable<string | Uint8Array>): void {
  const fd = openSync(path, 'w');
  try {
    for (const chunk of chunks) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      // writeSync may write less than it is given; carry on from where it stopped.
      for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written, bytes.length - written);
    }
  } finally {
    closeSync(fd);
  }
}

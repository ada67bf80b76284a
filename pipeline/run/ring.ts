// Bytes from a worker thread to the main thread through memory the two share. A buffer posted
// to the main thread becomes new external memory there, and each few tens of MB of it set off a
// full garbage collection of the main thread's heap: 17 of them (2.4 s) in a 5,000-report build.
//
// Each worker writes into its own ring. A record is an 8-byte header (its size and its state)
// and its bytes; the main thread marks a record done once it has used it, in any order, and the
// writer takes back the space of the oldest records once they are done. A record that does not
// fit is not written (the caller posts those bytes instead): nothing ever waits for space.

/** Where a record lies in a ring: what the worker posts in place of the bytes. */
export interface RingSlot {
  /** Byte offset of the record's header in the ring. */
  offset: number;
  /** Bytes of the record, without its header. */
  length: number;
}

const HEADER = 8;
const WRITTEN = 1;
const DONE = 2;
const align = (n: number) => (n + 7) & ~7;

/** A ring of `bytes` bytes (a multiple of 8) to hand to one worker. */
export function newRing(bytes: number): SharedArrayBuffer {
  return new SharedArrayBuffer(align(bytes));
}

/** The worker's side: writes records while there is room. */
export class RingWriter {
  private readonly bytes: Uint8Array;
  private readonly words: Int32Array;
  /** Byte offsets, counted from the start without wrapping: the oldest record not yet taken back, and the end of the newest. */
  private tail = 0;
  private head = 0;

  constructor(ring: SharedArrayBuffer) {
    this.bytes = new Uint8Array(ring);
    this.words = new Int32Array(ring);
  }

  /** Copies `data` into the ring; null when it does not fit now (the oldest records are still in use). */
  write(data: Uint8Array): RingSlot | null {
    const capacity = this.bytes.length;
    const size = HEADER + align(data.length);
    if (size > capacity) return null;
    this.takeBack();
    // An empty ring starts again at its beginning: a record as large as the ring then fits.
    if (this.tail === this.head) this.tail = this.head = Math.ceil(this.head / capacity) * capacity;
    let start = this.head;
    const gap = capacity - (start % capacity);
    // A record is never split: at the end of the ring, the space left is skipped.
    if (gap < size) start += gap;
    if (start + size - this.tail > capacity) return null;
    if (start !== this.head) this.mark(this.head % capacity, gap - HEADER, DONE);
    const offset = start % capacity;
    this.bytes.set(data, offset + HEADER);
    this.mark(offset, data.length, WRITTEN);
    this.head = start + size;
    return { offset, length: data.length };
  }

  private mark(offset: number, length: number, state: number) {
    this.words[offset / 4] = length;
    Atomics.store(this.words, offset / 4 + 1, state);
  }

  /** Moves the tail past the oldest records the reader is done with. */
  private takeBack() {
    const capacity = this.bytes.length;
    while (this.tail < this.head) {
      const offset = this.tail % capacity;
      if (Atomics.load(this.words, offset / 4 + 1) !== DONE) return;
      this.tail += HEADER + align(this.words[offset / 4]);
    }
  }
}

/** The main thread's view of a record's bytes: valid until `releaseSlot`. */
export function slotBytes(ring: SharedArrayBuffer, slot: RingSlot): Uint8Array {
  return new Uint8Array(ring, slot.offset + HEADER, slot.length);
}

/** Gives a record's space back to the writer: its bytes must not be used after this. */
export function releaseSlot(ring: SharedArrayBuffer, slot: RingSlot): void {
  Atomics.store(new Int32Array(ring, slot.offset, 2), 1, DONE);
}

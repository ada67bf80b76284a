// The ring that carries the workers' results to the main thread (ring.ts): a record's bytes
// stay as written until the reader releases it, whatever the order of releases, and space comes
// back once the oldest records are released.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newRing, releaseSlot, RingWriter, slotBytes, type RingSlot } from '../pipeline/run/ring.ts';

const bytesOf = (length: number, fill: number) => new Uint8Array(length).fill(fill);

describe('result ring', () => {
  it('hands back what was written, refuses what does not fit, and reuses released space', () => {
    const ring = newRing(64);
    const writer = new RingWriter(ring);
    const a = writer.write(bytesOf(20, 1))!; // 8 + 24 bytes
    const b = writer.write(bytesOf(16, 2))!; // 8 + 16 bytes: 56 in use
    expect([a.offset, b.offset]).toEqual([0, 32]);
    expect(writer.write(bytesOf(1, 3))).toBeNull(); // 8 + 8 more would make 72
    expect(writer.write(bytesOf(57, 3))).toBeNull(); // larger than the ring
    // Released out of order: b's space comes back only with a's, the older one.
    releaseSlot(ring, b);
    expect(writer.write(bytesOf(1, 3))).toBeNull();
    releaseSlot(ring, a);
    const c = writer.write(bytesOf(30, 4))!; // does not fit in the 8 bytes left at the end: starts at 0
    expect(c.offset).toBe(0);
    expect([...slotBytes(ring, c)]).toEqual(new Array(30).fill(4));
    const d = writer.write(bytesOf(8, 5))!; // after c, before the end
    expect(d.offset).toBe(40);
    expect([...slotBytes(ring, d)]).toEqual(new Array(8).fill(5));
  });

  it('never changes the bytes of a record in use (10,000 runs of writes and releases in any order)', () => {
    const step = fc.oneof(fc.record({ write: fc.integer({ min: 0, max: 300 }) }), fc.record({ release: fc.nat() }));
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 128 }).map((n) => n * 8), fc.array(step, { maxLength: 60 }), (capacity, steps) => {
        const ring = newRing(capacity);
        const writer = new RingWriter(ring);
        const live: { slot: RingSlot; fill: number }[] = [];
        let fill = 0;
        for (const s of steps) {
          if ('write' in s) {
            fill = (fill + 1) % 256;
            const slot = writer.write(bytesOf(s.write, fill));
            // With no record in use, only a record larger than the ring is refused.
            if (!slot && !live.length) expect(8 + Math.ceil(s.write / 8) * 8).toBeGreaterThan(capacity);
            if (slot) live.push({ slot, fill });
          } else if (live.length) {
            const [gone] = live.splice(s.release % live.length, 1);
            releaseSlot(ring, gone.slot);
          }
          for (const { slot, fill: f } of live) expect(slotBytes(ring, slot).every((b) => b === f)).toBe(true);
        }
        // Everything released: the whole ring is free again.
        for (const { slot } of live) releaseSlot(ring, slot);
        expect(writer.write(bytesOf(capacity - 8, 9))).not.toBeNull();
      }),
      { numRuns: 10_000, seed: 5 },
    );
  });
});

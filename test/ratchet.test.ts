// The evaluation's ratchet (scripts/ratchet.ts) and the gold it is measured on (gold.ts
// goldFingerprint): a figure may not fall on the same gold; on other gold (a report annotated
// since, an annotation mended) the figures are not comparable and are recorded anew.
import { describe, expect, it } from 'vitest';
import { goldFingerprint, type GoldReport } from '../scripts/gold.ts';
import { comparable, dropped, parseRatchet, recordRatchet } from '../scripts/ratchet.ts';

const FIGURES = ['events_f1', 'type_left_out_2', 'probe_people_found'];
const ratchet = parseRatchet(JSON.stringify({ events_f1: 0.886, type_left_out_2: 0.56, probe_people_found: 0.9952, gold_sha256: 'aaa' }));

describe('the ratchet', () => {
  it('reads the figures apart from the gold they were measured on, and takes an older file as the same gold', () => {
    expect(ratchet).toEqual({ figures: { events_f1: 0.886, type_left_out_2: 0.56, probe_people_found: 0.9952 }, gold: 'aaa' });
    expect(comparable(parseRatchet('{"events_f1": 0.8}'), 'bbb')).toBe(true);
    expect(comparable(ratchet, 'bbb')).toBe(false);
  });

  it('holds every figure on the same gold, and on other gold only those that owe the gold nothing', () => {
    const result = { events_f1: 0.85, type_left_out_2: 0.57, probe_people_found: 0.99 };
    expect(dropped(ratchet, result, 'aaa', ['probe_people_found'])).toEqual(['events_f1', 'probe_people_found']);
    expect(dropped(ratchet, result, 'bbb', ['probe_people_found'])).toEqual(['probe_people_found']);
    // A figure not computed (evaluate --dist leaves the left-out ones) is not judged.
    expect(dropped(ratchet, { events_f1: 0.886, type_left_out_2: undefined }, 'aaa')).toEqual([]);
  });

  it('raises the records on the same gold, and records the figures anew on other gold', () => {
    const result = { events_f1: 0.88999, type_left_out_2: 0.5, probe_people_found: 0.99 };
    expect(JSON.parse(recordRatchet(ratchet, result, 'aaa', FIGURES, ['probe_people_found']))).toEqual({ events_f1: 0.8899, type_left_out_2: 0.56, probe_people_found: 0.9952, gold_sha256: 'aaa' });
    expect(JSON.parse(recordRatchet(ratchet, result, 'bbb', FIGURES, ['probe_people_found']))).toEqual({ events_f1: 0.8899, type_left_out_2: 0.5, probe_people_found: 0.9952, gold_sha256: 'bbb' });
    expect(JSON.parse(recordRatchet(ratchet, { events_f1: 0.9 }, 'bbb', FIGURES))).toEqual({ events_f1: 0.9, type_left_out_2: 0.56, probe_people_found: 0.9952, gold_sha256: 'bbb' });
  });
});

describe('goldFingerprint', () => {
  const gold: GoldReport = { report_id: 'fiw-2024-kaz', events: [{ date: '2023-04', section: 'C2', type: 'sentencing', quote: 'received an 18-year prison sentence' }] };
  const source = { gold, source_file: 'fiw/2024/kazakhstan.txt', bytes: Buffer.from('Kazakhstan\n') };

  it('is the same for the same gold and text, and changes with an annotation or the text', () => {
    expect(goldFingerprint([source])).toBe(goldFingerprint([{ ...source, bytes: Buffer.from('Kazakhstan\n') }]));
    expect(goldFingerprint([source])).not.toBe(goldFingerprint([{ ...source, gold: { ...gold, events: [{ ...gold.events[0], type: 'court_ruling' }] } }]));
    expect(goldFingerprint([source])).not.toBe(goldFingerprint([{ ...source, bytes: Buffer.from('Kazakhstan \n') }]));
    expect(goldFingerprint([source])).not.toBe(goldFingerprint([source, { ...source, source_file: 'nit/2024/kazakhstan.txt' }]));
  });
});

// Would a learned event type beat the cues? Issue #17 welcomes a learned component where rules
// stall, reported with each report left out. For each development-gold report, a softmax
// regression is trained on the other countries' gold events as the pipeline finds them (features:
// the type the cues gave, the cue, the section, the words of the date's clause) and types that
// report's events: all of them, or only those no cue typed. Printed against the cues alone, with the
// cues themselves chosen three ways, as `npm run evaluate -- --cross-validate` does: without the
// cues no two other countries vouch for, without those no other country vouches for, and all.
// The settings below were fixed before the first run and not tuned on the gold; training is
// full-batch gradient descent from zeros, so every run prints the same figures.
//   npm run type-model
import { parseArgs } from 'node:util';
import { extractReport } from '../pipeline/extract/index.ts';
import { countryOf, findGoldEvent, fold, GOLD_DIR, readGoldReports, withheldCues } from './gold.ts';

const L2 = 1;
const STEP = 0.5;
const EPOCHS = 300;

type Found = ReturnType<typeof extractReport>['events'][number];
interface Example {
  features: string[];
  type: string;
}

const STOP = new Set('the a an of in on at to and or for by with from as that which who was were is are be been has have had its their his her it this these those during after before over into than also not but more most some other including year month'.split(' '));
const clauseWords = (text: string) => [...new Set(fold(text).replace(/[^a-z\s-]/g, ' ').split(/\s+/).filter((w) => w.length > 2 && !STOP.has(w)).map((w) => w.replace(/(?:ing|ed|es|s)$/, '')))];

function featuresOf(e: Found): string[] {
  const [from, to] = e.clauseSpan ?? [0, e.text.length];
  return ['bias', `type:${e.type}`, `cue:${e.typeCue}`, `basis:${e.typeCue.split(':')[0]}`, `section:${e.section}`, `part:${/^[A-G]\d$/.test(e.section) ? e.section[0] : e.section}`, ...clauseWords(e.text.slice(from, to)).map((w) => `word:${w}`)];
}

/** A softmax regression (L2-penalised, full-batch gradient descent from zeros): the most likely type of a list of features. */
function train(examples: Example[]): (features: string[]) => string {
  const types = [...new Set(examples.map((x) => x.type))].sort();
  const index = new Map([...new Set(examples.flatMap((x) => x.features))].sort().map((f, i) => [f, i]));
  const K = types.length;
  const D = index.size;
  const weights = new Float64Array(K * D);
  const gradient = new Float64Array(K * D);
  const rows = examples.map((x) => x.features.map((f) => index.get(f)!));
  const labels = examples.map((x) => types.indexOf(x.type));
  const p = new Float64Array(K);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    gradient.fill(0);
    rows.forEach((row, n) => {
      let max = -Infinity;
      for (let k = 0; k < K; k++) {
        let s = 0;
        for (const d of row) s += weights[k * D + d];
        p[k] = s;
        max = Math.max(max, s);
      }
      let z = 0;
      for (let k = 0; k < K; k++) z += p[k] = Math.exp(p[k] - max);
      for (let k = 0; k < K; k++) {
        const g = p[k] / z - (k === labels[n] ? 1 : 0);
        for (const d of row) gradient[k * D + d] += g;
      }
    });
    for (let i = 0; i < K * D; i++) weights[i] -= (STEP / rows.length) * (gradient[i] + L2 * weights[i]);
  }
  return (features) => {
    let best = 0;
    let bestScore = -Infinity;
    for (let k = 0; k < K; k++) {
      let s = 0;
      for (const f of features) {
        const d = index.get(f);
        if (d !== undefined) s += weights[k * D + d];
      }
      if (s > bestScore) [best, bestScore] = [k, s];
    }
    return types[best];
  };
}

const { values } = parseArgs({ options: { help: { type: 'boolean', short: 'h' } } });
if (values.help) {
  console.log(`npm run type-model -- [--help]
Trains a softmax regression for the event type on the development gold with each report's country
left out, and prints how often it is right against the cues alone (../shared/eval and
../shared/corpus/dev). No options; it takes about half a minute.
example: npm run type-model`);
  process.exit(0);
}
const reports = readGoldReports();
if (!reports.length) {
  console.error(`type-model: no gold reports at ${GOLD_DIR}`);
  process.exit(1);
}
const inSample = reports.map(({ gold, report }) => ({ gold, report, events: extractReport(report).events }));
const pct = (right: number, all: number) => `${((100 * right) / Math.max(1, all)).toFixed(1)}%`;
console.log(`event type with each report's country left out of the model's training (softmax regression, L2 ${L2}, ${EPOCHS} steps of ${STEP}): right of the gold events found`);
console.log(`${'cues used'.padEnd(40)} ${'found'.padStart(6)} ${'cues alone'.padStart(11)} ${'model, all'.padStart(11)} ${'model, untyped only'.padStart(20)}`);
for (const [label, vouching] of [['vouched for by 2 other countries', 2], ['vouched for by 1 other country', 1], ['all (the build)', 0]] as const) {
  let found = 0;
  const right = { cues: 0, model: 0, untyped: 0 };
  for (const r of inSample) {
    const country = countryOf(r.gold.report_id);
    const others = inSample.filter((o) => countryOf(o.gold.report_id) !== country);
    const [withheld] = withheldCues(r, inSample, [vouching]);
    const allowed = (cue: string) => !withheld.has(cue);
    const examples: Example[] = [];
    for (const o of others) {
      const events = vouching ? extractReport(o.report, allowed).events : o.events;
      for (const g of o.gold.events) {
        const hit = findGoldEvent(events, g);
        if (hit) examples.push({ features: featuresOf(hit), type: g.type });
      }
    }
    const model = train(examples);
    const untypedModel = train(examples.filter((x) => x.features.includes('cue:none')));
    const events = vouching ? extractReport(r.report, allowed).events : r.events;
    for (const g of r.gold.events) {
      const hit = findGoldEvent(events, g);
      if (!hit) continue;
      found++;
      const features = featuresOf(hit);
      if (hit.type === g.type) right.cues++;
      if (model(features) === g.type) right.model++;
      if ((hit.typeCue === 'none' ? untypedModel(features) : hit.type) === g.type) right.untyped++;
    }
  }
  console.log(`${label.padEnd(40)} ${String(found).padStart(6)} ${pct(right.cues, found).padStart(11)} ${pct(right.model, found).padStart(11)} ${pct(right.untyped, found).padStart(20)}`);
}

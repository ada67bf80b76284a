// V8 runs a regular expression's first match in its interpreter and compiles it to machine code
// after. For the bytecode of that one match it first optimises the bytecode (the "peephole"
// pass), which for the cue lists' expressions of 10 KB, case-blind, costs over a second each
// (BENCHMARKS.md), more than every later match together. Turned off here, for the whole process,
// before any of them runs: the compiled code, and so every match after the first, is unchanged.
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-peephole-optimization');

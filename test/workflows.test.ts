// Both GitHub workflows: valid (action-validator), least privilege, every action pinned to a
// full commit SHA, no pull_request_target, provenance attestations on release.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateWorkflow } from '@action-validator/core';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../pipeline/common/files.ts';

const read = (name: string) => readFileSync(join(PROJECT_ROOT, '.github/workflows', name), 'utf8');
type Workflow = { on: Record<string, unknown>; permissions?: Record<string, string>; jobs: Record<string, { permissions?: Record<string, string>; steps: { uses?: string; run?: string; with?: Record<string, string> }[] }> };

// The validator's bundled schema predates the `attestations` permission scope (added by GitHub
// in 2024): that one line is taken out before validating; everything else must pass as written.
const withoutAttestations = (text: string) => text.replace(/^\s*attestations: write\n/m, '');

describe.each(['ci.yml', 'release.yml'])('%s', (name) => {
  const text = read(name);
  const workflow = parse(text) as Workflow;

  it('is a valid workflow', () => {
    expect(validateWorkflow(withoutAttestations(text)).errors).toEqual([]);
  });

  it('reads only, by default; never runs on pull_request_target', () => {
    expect(workflow.permissions).toEqual({ 'contents': 'read' });
    expect(Object.keys(workflow.on)).not.toContain('pull_request_target');
  });

  it('pins every action to a full commit SHA', () => {
    const uses = Object.values(workflow.jobs).flatMap((j) => j.steps.map((s) => s.uses).filter((u): u is string => !!u));
    expect(uses.length).toBeGreaterThan(0);
    for (const u of uses) expect(u).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
  });
});

describe('release workflow', () => {
  const workflow = parse(read('release.yml')) as Workflow;
  it('runs on version tags and writes only in the publishing job', () => {
    expect(workflow.on).toEqual({ push: { tags: ['v*'] } });
    const writers = Object.entries(workflow.jobs).filter(([, j]) => Object.values(j.permissions ?? {}).includes('write'));
    expect(writers.map(([n]) => n)).toEqual(['publish', 'pages']);
    expect(workflow.jobs.build.permissions).toEqual({ contents: 'read' });
    expect(workflow.jobs.publish.permissions).toEqual({ contents: 'write', 'id-token': 'write', attestations: 'write' });
    expect(workflow.jobs.pages.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
  });
  it('runs the checks and the release script, attests the assets and publishes them', () => {
    const steps = Object.values(workflow.jobs).flatMap((j) => j.steps);
    expect(steps.some((s) => s.run?.includes('bash .ci/run'))).toBe(true);
    expect(steps.some((s) => s.run?.includes('npm run release -- --version'))).toBe(true);
    expect(steps.some((s) => s.uses?.startsWith('actions/attest-build-provenance@') && s.with?.['subject-checksums'])).toBe(true);
    // The site goes to GitHub Pages, its downloads pointing at the release's assets.
    expect(steps.some((s) => s.run?.includes('npm run site -- --dist "release/') && s.run.includes('--downloads-base'))).toBe(true);
    expect(steps.some((s) => s.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
    expect(steps.some((s) => s.run?.includes('gh release create') && s.run.includes('--notes-file'))).toBe(true);
  });
});

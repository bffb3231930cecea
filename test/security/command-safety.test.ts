import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../lab/repo-root.js';
import { allowedSpawns, scanCommandSafety, type CommandFinding } from '../support/security/command-scan.js';
import { gatedSourceFiles } from '../support/security/source-files.js';

// The house rule "every OS command goes through runCommand, as an argument array, bounded" as a
// gate over the whole tree, and proof that the gate can fail: each bad snippet below must be caught.

const root = repoRoot();
const rulesIn = (text: string, file = 'electron/sample.ts'): CommandFinding['rule'][] => scanCommandSafety(file, text).map((f) => f.rule);

describe('command safety gate over the repository', () => {
  const files = gatedSourceFiles(root);

  it('reads the engine, the app folders and the test support code', () => {
    expect(files).toContain('diagnostics/platform/command.ts');
    expect(files).toContain('test/lab/lab-exec.ts');
    expect(files.some((f) => f.endsWith('.test.ts'))).toBe(false);
    expect(files.length).toBeGreaterThan(150);
  });

  it('finds no shell, no unreviewed spawn and no string-built command anywhere', () => {
    const findings = files.flatMap((f) => scanCommandSafety(f, readFileSync(join(root, f), 'utf8')));
    expect(findings.map((f) => `${f.file}:${f.line} ${f.rule}: ${f.detail}`)).toEqual([]);
  });

  it('lists every reviewed direct spawn with its reason', () => {
    const allowed = files.flatMap((f) => allowedSpawns(f, readFileSync(join(root, f), 'utf8')));
    // Printed so a reviewer sees the whole allow-list in the test output.
    for (const a of allowed) console.log(`allow-spawn ${a.file}:${a.line} — ${a.reason}`);
    for (const a of allowed) expect(a.file.startsWith('diagnostics/'), `${a.file}: the engine spawns only through runCommand`).toBe(false);
  });
});

describe('the gate catches bad code', () => {
  it('exec and execSync, however imported', () => {
    expect(rulesIn(`import { exec } from 'node:child_process';\nexec('ping ' + host);`)).toContain('exec');
    expect(rulesIn(`import { execSync as run } from 'child_process';\nrun('ls');`)).toEqual(['exec']);
    expect(rulesIn(`import * as cp from 'node:child_process';\ncp.exec('ls');`)).toEqual(['exec']);
    expect(rulesIn(`import cp from 'node:child_process';\ncp.execSync('ls');`)).toEqual(['exec']);
    expect(rulesIn(`const cp = require('child_process');\ncp.exec('ls');`)).toEqual(['exec']);
    expect(rulesIn(`const { exec } = await import('node:child_process');\nexec('ls');`)).toEqual(['exec']);
    // An allow marker does not excuse a shell.
    expect(rulesIn(`import { exec } from 'node:child_process';\n// allow-spawn: this is a long enough reason\nexec('ls');`)).toContain('exec');
  });

  it('a shell option that is not the literal false', () => {
    expect(rulesIn(`const o = { shell: true };`)).toEqual(['shell-option']);
    expect(rulesIn(`const o = { shell: '/bin/sh' };`)).toEqual(['shell-option']);
    expect(rulesIn(`const shell = true; const o = { shell };`)).toEqual(['shell-option']);
    expect(rulesIn(`const o = { shell: false };`)).toEqual([]);
  });

  it('spawn outside the sanctioned runner without a reviewed reason', () => {
    const bare = `import { spawn } from 'node:child_process';\nspawn('ip', ['link']);`;
    expect(rulesIn(bare)).toEqual(['unreviewed-spawn']);
    expect(rulesIn(bare, 'diagnostics/platform/command.ts')).toEqual([]);
    expect(rulesIn(`import { spawn } from 'node:child_process';\n// allow-spawn: a daemon for the lab, stopped by its pid file\nspawn('ip', ['link']);`)).toEqual([]);
    // A reason of two words is no review.
    expect(rulesIn(`import { spawn } from 'node:child_process';\n// allow-spawn: fine\nspawn('ip', ['link']);`)).toEqual(['unreviewed-spawn', 'stale-marker']);
    expect(rulesIn(`// allow-spawn: nothing below this needs the marker any more\nconst x = 1;`)).toEqual(['stale-marker']);
  });

  it('sync runners and execFile without a timeout', () => {
    const reason = '// allow-spawn: test namespace set-up, bounded by its timeout\n';
    expect(rulesIn(`import { spawnSync } from 'node:child_process';\n${reason}spawnSync('ip', ['link']);`)).toEqual(['no-timeout']);
    expect(rulesIn(`import { execFileSync } from 'node:child_process';\n${reason}execFileSync('ip', ['link'], { encoding: 'utf8' });`)).toEqual(['no-timeout']);
    expect(rulesIn(`import { spawnSync } from 'node:child_process';\n${reason}spawnSync('ip', ['link'], { timeout: 5000 });`)).toEqual([]);
  });

  it('commands and argument lists built from strings', () => {
    const spawnIt = (call: string): CommandFinding['rule'][] =>
      rulesIn(`import { spawn } from 'node:child_process';\n// allow-spawn: a sample call for the gate's own test\n${call}`);
    expect(spawnIt('spawn(`${dir}/ping`, []);')).toEqual(['string-built-command']);
    expect(spawnIt("spawn('ping', ('-c 1 ' + host).split(' '));")).toEqual(['string-built-command']);
    expect(spawnIt("spawn('ping', `-c 1 ${host}`);")).toEqual(['string-built-command']);
    expect(spawnIt("spawn('ping', ['-c', `1 ${host}`]);")).toEqual(['string-built-command']);
    expect(spawnIt("spawn('ping', ['-c ' + count, host]);")).toEqual(['string-built-command']);
    expect(spawnIt('spawn(\'dnsmasq\', [`--port=${port}`, host]);')).toEqual([]);
    // The same shapes as a CommandSpec headed for runCommand.
    expect(rulesIn('const spec = { cmd: `ping ${host}`, args: [] };')).toEqual(['string-built-command']);
    expect(rulesIn("const spec = { cmd: 'ip', args: ['route', 'get ' + address], timeoutMs: 3000 };")).toEqual(['string-built-command']);
    expect(rulesIn("const spec = { cmd: 'ip', args: line.split(' ') };")).toEqual(['string-built-command']);
    expect(rulesIn("const spec = { cmd: 'ip', args: ['-j', 'route', 'get', address], timeoutMs: 3000 };")).toEqual([]);
  });

  it('comments and strings that mention exec are not code', () => {
    expect(rulesIn(`// we never call exec('ls') or use shell: true\nconst s = "exec('rm -rf /')";`)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { regQueryVersionCommand } from '../../../../diagnostics/platform/citrix/command.js';
import { parseInfoPlistXml, parsePlutilRaw } from '../../../../diagnostics/platform/citrix/parse-plutil.js';
import { findRegValue, parseRegQuery } from '../../../../diagnostics/platform/registry/parse-reg-query.js';
import { parseVerCore } from '../../../../diagnostics/platform/citrix/parse-ver-core.js';
import { interpretRegVersion } from '../../../../diagnostics/platform/citrix/reg-version.js';
import { cleanVersion } from '../../../../diagnostics/platform/citrix/version-string.js';
import { fixture, output } from './fake-deps.js';

const KEY = 'HKLM\\SOFTWARE\\WOW6432Node\\Citrix\\PluginPackages\\XenAppSuite\\ICA_Client';

describe('reg query output', () => {
  it('reads the Version value line under its key', () => {
    expect(parseRegQuery(fixture('win-reg-version-wow64.txt'))).toEqual([
      { key: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\WOW6432Node\\Citrix\\PluginPackages\\XenAppSuite\\ICA_Client', name: 'Version', type: 'REG_SZ', data: '24.2.1000.1016' },
    ]);
  });

  it('reads names with spaces, other types and empty data', () => {
    const values = parseRegQuery(fixture('win-reg-key-all-values.txt'));
    expect(values.map((v) => [v.name, v.type, v.data])).toEqual([
      ['Version', 'REG_SZ', '24.2.1000.1016'],
      ['Display Name', 'REG_SZ', 'Citrix Workspace 2402'],
      ['InstallLocation', 'REG_EXPAND_SZ', '%ProgramFiles(x86)%\\Citrix\\ICA Client'],
      ['IsInstalled', 'REG_DWORD', '0x1'],
      ['Comment', 'REG_SZ', ''],
    ]);
    expect(findRegValue(values, 'version')?.data).toBe('24.2.1000.1016');
  });

  it('finds no values in the localized not-found errors', () => {
    for (const lang of ['en', 'de', 'sv']) expect(parseRegQuery(fixture(`win-reg-error-${lang}.txt`))).toEqual([]);
  });
});

describe('reg query result, by exit code and structure', () => {
  const spec = regQueryVersionCommand(KEY);
  it('found: exit 0 with a Version line', () => {
    expect(interpretRegVersion(output(spec, { stdout: fixture('win-reg-version-wow64.txt') }))).toEqual({ state: 'found', version: '24.2.1000.1016', raw: '24.2.1000.1016' });
  });

  it.each(['en', 'de', 'sv'])('absent: exit 1 with the %s error and no value line', (lang) => {
    expect(interpretRegVersion(output(spec, { stderr: fixture(`win-reg-error-${lang}.txt`), exitCode: 1 }))).toEqual({ state: 'absent' });
  });

  it('failed: reg missing, or an exit code reg query does not use for "not found"', () => {
    expect(interpretRegVersion(output(spec, { spawnError: 'spawn reg ENOENT' }))).toEqual({ state: 'failed', why: 'reg could not be started (spawn reg ENOENT)' });
    expect(interpretRegVersion(output(spec, { exitCode: 5, stderr: 'x' })).state).toBe('failed');
    expect(interpretRegVersion(output(spec, { exitCode: 0, stdout: '' })).state).toBe('failed');
  });

  it('found but unreadable: a Version value that is not a version number', () => {
    const stdout = `\r\n${KEY}\r\n    Version    REG_SZ    latest\r\n`;
    expect(interpretRegVersion(output(spec, { stdout }))).toEqual({ state: 'found', version: null, raw: 'latest' });
  });
});

describe('macOS and Linux version text', () => {
  it('reads plutil raw output and nothing else', () => {
    expect(parsePlutilRaw(fixture('mac-plutil-version.txt'))).toBe('24.02.0.78');
    expect(parsePlutilRaw(fixture('mac-plutil-missing-stderr.txt'))).toBeNull();
    expect(parsePlutilRaw('')).toBeNull();
  });

  it('reads the short version from an XML Info.plist, not from a binary one', () => {
    expect(parseInfoPlistXml(fixture('mac-info-plist.xml'))).toBe('24.02.0.78');
    expect(parseInfoPlistXml('bplist00\u00d4\u0001\u0002\u0003CFBundleShortVersionString')).toBeNull();
  });

  it('reads ID_VERSION from Ver.core, with or without quotes, spaces and CRLF', () => {
    expect(parseVerCore(fixture('linux-ver-core-linuxx64.txt'))).toBe('24.2.0.65');
    expect(parseVerCore('ID_PLATFORM=linuxx64\r\nID_VERSION = "13.10.0.20"\r\n')).toBe('13.10.0.20');
    expect(parseVerCore('ID_VERSION=\n')).toBeNull();
    expect(parseVerCore('VERSION=24.2.0.65')).toBeNull();
  });

  it('accepts only dotted numbers as versions', () => {
    expect(cleanVersion(' 24.2.1000.1016 ')).toBe('24.2.1000.1016');
    expect(cleanVersion('24')).toBeNull();
    expect(cleanVersion('24.2.x')).toBeNull();
    expect(cleanVersion(null)).toBeNull();
  });
});

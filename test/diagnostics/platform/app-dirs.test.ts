import { describe, expect, it } from 'vitest';
import { homelineDataDir } from '../../../diagnostics/platform/app-dirs.js';

describe('homelineDataDir', () => {
  it('follows each OS convention for per-user, machine-local state', () => {
    expect(homelineDataDir('win32', { LOCALAPPDATA: 'C:\\Users\\ann\\AppData\\Local' }, 'C:\\Users\\ann')).toContain('Homeline');
    expect(homelineDataDir('darwin', {}, '/Users/ann')).toBe('/Users/ann/Library/Application Support/Homeline');
    expect(homelineDataDir('linux', {}, '/home/ann')).toBe('/home/ann/.local/state/homeline');
    expect(homelineDataDir('linux', { XDG_STATE_HOME: '/x/state' }, '/home/ann')).toBe('/x/state/homeline');
  });

  it('lets HOMELINE_HOME override everything (tests, IT)', () => {
    expect(homelineDataDir('win32', { HOMELINE_HOME: '/tmp/h' })).toBe('/tmp/h');
  });
});

import { describe, expect, it } from 'vitest';
import { dfPingCommand, isMtuTarget } from '../../../../diagnostics/net/mtu/command.js';

describe('don\'t-fragment ping commands', () => {
  it('sets DF the way each OS spells it', () => {
    expect(dfPingCommand('linux', '192.0.2.1', 1372)?.args).toEqual(['-n', '-M', 'do', '-s', '1372', '-c', '2', '-W', '1', '-i', '0.2', '192.0.2.1']);
    expect(dfPingCommand('darwin', '192.0.2.1', 1372)?.args).toEqual(['-n', '-D', '-s', '1372', '-c', '2', '-t', '3', '192.0.2.1']);
    expect(dfPingCommand('win32', '192.0.2.1', 1372)?.args).toEqual(['-f', '-l', '1372', '-n', '2', '-w', '1000', '192.0.2.1']);
  });

  it('asks for IPv4 when given a name', () => {
    expect(dfPingCommand('linux', 'vpn.example.com', 1000)?.args[0]).toBe('-4');
    expect(dfPingCommand('win32', 'vpn.example.com', 1000)?.args[0]).toBe('-4');
  });

  it('refuses targets ping would misread, IPv6 and impossible sizes', () => {
    expect(dfPingCommand('linux', '-f', 1000)).toBeNull();
    expect(dfPingCommand('linux', '2001:db8::1', 1000)).toBeNull();
    expect(dfPingCommand('linux', '192.0.2.300', 1000)).toBeNull();
    expect(dfPingCommand('linux', 'a b', 1000)).toBeNull();
    expect(dfPingCommand('linux', '192.0.2.1', -1)).toBeNull();
    expect(dfPingCommand('linux', '192.0.2.1', 65_508)).toBeNull();
    expect(dfPingCommand('linux', '192.0.2.1', 1.5)).toBeNull();
    expect(isMtuTarget('host.example.com')).toBe(true);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectKind } from '../../../diagnostics/parse/detect-kind.js';
import type { ParseKind } from '../../../diagnostics/parse/kinds.js';
import { parseIpconfigAll } from '../../../diagnostics/platform/vpn/parse-ipconfig.js';

// The engine's written fixtures of the kinds the real corpus does not hold yet.
const WRITTEN: readonly (readonly [RegExp, string, ParseKind])[] = [
  [/^mac-scutil-(autodiscovery|manual|none|pac)\.txt$/, 'test/diagnostics/platform/proxy/fixtures', 'scutil-proxy'],
  [/^win-(en|de|sv)-winhttp-(direct|proxy)\.txt$/, 'test/diagnostics/platform/proxy/fixtures', 'netsh-winhttp'],
  [/^mac-ifconfig-.*\.txt$/, 'test/diagnostics/platform/vpn/fixtures', 'ifconfig'],
  [/^mac-scutil-nc-(ipsec-connected|third-party)\.txt$/, 'test/diagnostics/platform/vpn/fixtures', 'scutil-nc'],
  [/^win-(en|de|sv)-ipconfig-.*\.txt$/, 'test/diagnostics/platform/vpn/fixtures', 'ipconfig'],
  [/^linux-nmcli-connected-.*\.txt$/, 'test/diagnostics/platform/wifi/fixtures', 'nmcli'],
  [/^linux-iw-link-.*\.txt$/, 'test/diagnostics/platform/wifi/fixtures', 'iw-link'],
  [/^win-(en|de|sv)-networks-.*\.txt$/, 'test/diagnostics/platform/wifi/fixtures', 'netsh-networks'],
  [/^win-(en|de|sv)-(ok|loss|ttl-expired|host-unreachable)\.txt$/, 'test/diagnostics/net/ping/fixtures', 'ping'],
  [/^(linux|macos)-(ok|loss|ttl-exceeded)\.txt$/, 'test/diagnostics/net/ping/fixtures', 'ping'],
];

describe('detecting the kind of a pasted output by its shape', () => {
  const cases = WRITTEN.flatMap(([pattern, dir, kind]) =>
    readdirSync(dir)
      .filter((f) => pattern.test(f))
      .map((f) => [`${dir}/${f}`, kind] as const),
  );

  it('has written samples of every kind', () => {
    expect(new Set(cases.map(([, k]) => k)).size).toBe(WRITTEN.reduce((s, [, , k]) => s.add(k), new Set<string>()).size);
    expect(cases.length).toBeGreaterThan(30);
  });

  it.each(cases)('%s is %s', (file, kind) => {
    expect(detectKind(readFileSync(file, file.includes('/win-') ? 'latin1' : 'utf8'))).toBe(kind);
  });

  it('says nothing of text it does not know', () => {
    expect(detectKind('Roses are red\nviolets are blue')).toBeNull();
    expect(detectKind('')).toBeNull();
  });
});

// Adapter headers and media lines as Windows prints them in each table language (written from the
// localized resource strings; one adapter each).
describe('ipconfig in the twelve languages', () => {
  const blocks: readonly (readonly [string, string, string])[] = [
    ['Wireless LAN adapter Wi-Fi:', 'Media State . . . . . . . . . . . : Media disconnected', 'en'],
    ['Drahtlos-LAN-Adapter WLAN:', 'Medienstatus. . . . . . . . . . . : Medium getrennt', 'de'],
    ['Trådlöst LAN-kort Wi-Fi:', 'Medietillstånd. . . . . . . . . . : Mediet frånkopplat', 'sv'],
    ['Carte réseau sans fil Wi-Fi :', 'Statut du média. . . . . . . . . . . . : Média déconnecté', 'fr'],
    ['Adaptador de LAN inalámbrica Wi-Fi:', 'Estado de los medios. . . . . . . . . . . : medios desconectados', 'es'],
    ['Scheda LAN wireless Wi-Fi:', 'Stato supporto. . . . . . . . . . . . . : Supporto disconnesso', 'it'],
    ['Draadloos LAN-adapter Wi-Fi:', 'Mediastatus . . . . . . . . . . . . . : Media losgekoppeld', 'nl'],
    ['Adaptador de Rede Sem Fio Wi-Fi:', 'Estado da mídia. . . . . . . . . . . . : Mídia desconectada', 'pt'],
    ['Karta bezprzewodowej sieci LAN Wi-Fi:', 'Stan nośnika. . . . . . . . . . . . . : Nośnik odłączony', 'pl'],
    ['Trådløs LAN-adapter Wi-Fi:', 'Mediestatus . . . . . . . . . . . . . : Medie afbrudt', 'da'],
    ['Trådløst LAN-kort Wi-Fi:', 'Medietilstand . . . . . . . . . . . . : Mediet er frakoblet', 'no'],
    ['Langattoman lähiverkon sovitin Wi-Fi:', 'Tietovälineen tila. . . . . . . . . . : Tietoväline irrotettu', 'fi'],
  ];
  it.each(blocks)('%s', (header, media) => {
    const [a] = parseIpconfigAll(`\r\n${header}\r\n\r\n   ${media}\r\n   Description . . . . . . . . . . . : Intel(R) Wi-Fi 6 AX201 160MHz\r\n`);
    expect(a).toMatchObject({ name: header.includes('WLAN') ? 'WLAN' : 'Wi-Fi', mediaDisconnected: true, addresses: [] });
  });
  it('a connected adapter whose first line is its DNS suffix is not read as disconnected', () => {
    const [a] = parseIpconfigAll('Carte réseau sans fil Wi-Fi :\r\n\r\n   Suffixe DNS propre à la connexion. . . : home.arpa\r\n   Adresse IPv4. . . . . . . . . . . . . .: 10.0.0.5\r\n');
    expect(a).toMatchObject({ name: 'Wi-Fi', mediaDisconnected: false, addresses: ['10.0.0.5'] });
  });
});

import { describe, expect, it } from 'vitest';
import { decodeConsoleBytes, normaliseConsoleSpaces, repairLatin1Reading } from '../../../diagnostics/platform/console-text/decode.js';
import { CONNECTED_WORDS, MEDIA_DISCONNECTED_WORDS, NONE_WORDS, OPEN_WORDS, foldWord, means } from '../../../diagnostics/platform/console-text/meanings.js';
import { securityOf } from '../../../diagnostics/platform/wifi/netsh-lines.js';

// Byte values from the published code-page tables: CP850 0x81 "ü", 0xA2 "ó", 0xFF no-break space;
// CP852 0xA5 "ą"; CP866 0xE0 "р"; UTF-16LE with and without a byte-order mark.
describe('console bytes in any code page', () => {
  it('tells the code page by which decoding reads as words', () => {
    expect(decodeConsoleBytes(Uint8Array.from([...Buffer.from('M'), 0x81, ...Buffer.from('ller')]))).toEqual({ text: 'Müller', encoding: 'cp850' });
    expect(decodeConsoleBytes(Uint8Array.from([...Buffer.from('Autenticaci'), 0xa2, ...Buffer.from('n')])).text).toBe('Autenticación');
    expect(decodeConsoleBytes(Uint8Array.from([0x8f, 0xe0, 0xa8, 0xa2, 0xa5, 0xe2])).text).toBe('Привет');
    expect(decodeConsoleBytes(Uint8Array.from([...Buffer.from('Wi'), 0xa5, ...Buffer.from('cej')])).text).toBe('Wiącej');
    expect(decodeConsoleBytes(new Uint8Array(Buffer.from('\ufeffSSID', 'utf16le')))).toEqual({ text: 'SSID', encoding: 'utf-16le' });
    expect(decodeConsoleBytes(new Uint8Array(Buffer.from('State : connected', 'utf16le'))).encoding).toBe('utf-16le');
    expect(decodeConsoleBytes(new Uint8Array(Buffer.from('Réseau', 'utf8')))).toEqual({ text: 'Réseau', encoding: 'utf-8' });
  });

  it('repairs a latin1 reading only where it shows, never text that was right', () => {
    expect(repairLatin1Reading('Verschl\u0081sselung')).toBe('Verschlüsselung');
    expect(repairLatin1Reading('réseau')).toBe('réseau');
    expect(repairLatin1Reading('Öberg')).toBe('Öberg');
  });

  it('turns no-break spaces (U+00A0, U+202F, CP850 0xFF read as latin1) into spaces', () => {
    expect(normaliseConsoleSpaces('SSID 1\u00a0: x, 2,4\u202fGHz, Bande\u00ff: 5\u00ffGHz')).toBe('SSID 1 : x, 2,4 GHz, Bande : 5 GHz');
  });
});

describe('meaning tables', () => {
  it('fold case, accents and punctuation', () => {
    expect(foldWord('  Déconnecté ')).toBe('deconnecte');
    expect(means(OPEN_WORDS, 'Ouvrir')).toBe(true);
    expect(means(CONNECTED_WORDS, 'połączono')).toBe(true);
    expect(means(MEDIA_DISCONNECTED_WORDS, 'Média déconnecté')).toBe(true);
  });

  it('read "Open" in the twelve languages, by the word or by a cipher meaning none', () => {
    for (const word of ['Open', 'Offen', 'Öppen', 'Ouvrir', 'Abierta', 'Aperta', 'Open', 'Aberta', 'Otwarte', 'Åben', 'Åpen', 'Avoin']) {
      expect(securityOf(word, null), word).toBe('Open');
    }
    for (const none of ['None', 'Keine', 'Ingen', 'Aucun', 'Ninguna', 'Nessuna', 'Geen', 'Nenhuma', 'Brak', 'Ei mitään']) {
      expect(means(NONE_WORDS, none), none).toBe(true);
      expect(securityOf('Öffentlich?', none), none).toBe('Open');
    }
    expect(securityOf('WPA3-Personal', 'GCMP-256')).toBe('WPA3-Personal');
    // A word we do not know over a real cipher stays unknown: no guess.
    expect(securityOf('Unbekannt', 'CCMP')).toBeNull();
  });
});

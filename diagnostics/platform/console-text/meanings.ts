// Meaning tables: the words Windows uses for a handful of enumerated values, in the display
// languages Homeline's users run (en, de, sv, fr, es, it, nl, pt, pl, da, no, fi). Parsers find
// WHERE a value stands by structure; these tables only say WHAT an enumerated value means once
// found. Words are compared folded (lower case, no accents, no punctuation), so a value that lost
// its accents to a code page still matches. A word not in a table reads as unknown, never as a guess.

/** Lower case, accents and punctuation removed, spaces collapsed: "Déconnecté" → "deconnecte". */
export function foldWord(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function table(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.map(foldWord));
}

/** Authentication "Open" (no password). */
export const OPEN_WORDS = table([
  'Open', // en, nl
  'Offen', // de
  'Öppen', // sv
  'Ouvrir', 'Ouvert', 'Ouverte', // fr (Windows prints the verb)
  'Abierta', 'Abierto', // es
  'Aperta', 'Aperto', // it
  'Aberta', 'Aberto', // pt
  'Otwarte', 'Otwarta', 'Otwarty', // pl
  'Åben', // da
  'Åpen', // no
  'Avoin', 'Avoimet', // fi
]);

/** Cipher "None". */
export const NONE_WORDS = table([
  'None', // en
  'Keine', 'Kein', // de
  'Ingen', 'Inget', 'Inga', // sv, da, no
  'Aucun', 'Aucune', // fr
  'Ninguna', 'Ninguno', // es
  'Nessuna', 'Nessuno', // it
  'Geen', // nl
  'Nenhuma', 'Nenhum', // pt
  'Brak', 'Żaden', 'Żadne', // pl
  'Ei mitään', 'Ei mikään', 'Ei yhtään', 'Ei', // fi
]);

/** A Wi-Fi interface's state: joined to a network. */
export const CONNECTED_WORDS = table([
  'connected', 'verbunden', 'ansluten', 'connecté', 'connectée', 'conectado', 'conectada', 'connessa', 'connesso',
  'verbonden', 'połączono', 'połączony', 'forbundet', 'tilkoblet', 'yhdistetty', 'yhteys muodostettu',
]);

/** A Wi-Fi interface's state: not joined (or on the way in or out). */
export const DISCONNECTED_WORDS = table([
  'disconnected', 'getrennt', 'frånkopplad', 'frånkopplat', 'déconnecté', 'déconnectée', 'desconectado', 'desconectada',
  'disconnesso', 'disconnessa', 'verbinding verbroken', 'niet verbonden', 'verbroken', 'desligado', 'rozłączono',
  'rozłączony', 'afbrudt', 'frakoblet', 'yhteys katkaistu', 'katkaistu', 'associating', 'authenticating',
  'discovering', 'disconnecting', 'not ready',
]);

/** The value of ipconfig's media state line when the cable is out or the radio is not joined. */
export const MEDIA_DISCONNECTED_WORDS = table([
  'Media disconnected', 'Medium getrennt', 'Mediet frånkopplat', 'Média déconnecté', 'Medios desconectados',
  'Supporto disconnesso', 'Media losgekoppeld', 'Mídia desconectada', 'Suporte de dados desligado',
  'Nośnik odłączony', 'Medie afbrudt', 'Medium frakoblet', 'Mediet frakoblet', 'Tietoväline irrotettu',
  'Tietoväline ei ole yhteydessä',
]);

/**
 * The words before an adapter's name in an `ipconfig` header ("Ethernet adapter Ethernet 3:",
 * "Carte réseau sans fil Wi-Fi :"), folded. The longest that starts a header is cut off.
 */
export const ADAPTER_HEADER_PREFIXES: readonly string[] = [
  // en
  'Ethernet adapter', 'Wireless LAN adapter', 'PPP adapter', 'Tunnel adapter', 'Unknown adapter', 'Mobile Broadband adapter',
  // de
  'Ethernet-Adapter', 'Drahtlos-LAN-Adapter', 'WLAN-Adapter', 'PPP-Adapter', 'Tunneladapter', 'Unbekannter Adapter', 'Mobiles Breitband-Adapter',
  // sv
  'Ethernet-kort', 'Trådlöst LAN-kort', 'PPP-kort', 'Tunnelkort', 'Okänt kort',
  // fr
  'Carte Ethernet', 'Carte réseau sans fil', 'Carte PPP', 'Carte Tunnel', 'Carte inconnue', 'Carte haut débit mobile',
  // es
  'Adaptador de Ethernet', 'Adaptador de LAN inalámbrica', 'Adaptador PPP', 'Adaptador de túnel', 'Adaptador desconocido',
  // it
  'Scheda Ethernet', 'Scheda LAN wireless', 'Scheda PPP', 'Scheda Tunnel', 'Scheda sconosciuta',
  // nl
  'Ethernet-adapter', 'Draadloos LAN-adapter', 'PPP-adapter', 'Tunneladapter', 'Onbekende adapter',
  // pt (BR and PT)
  'Adaptador Ethernet', 'Adaptador de Rede Sem Fio', 'Adaptador de LAN Sem Fios', 'Adaptador PPP', 'Adaptador de túnel', 'Adaptador desconhecido',
  // pl
  'Karta Ethernet', 'Karta bezprzewodowej sieci LAN', 'Karta sieci bezprzewodowej', 'Karta PPP', 'Karta tunelowa', 'Nieznana karta',
  // da
  'Ethernet-adapter', 'Trådløs LAN-adapter', 'PPP-adapter', 'Tunneladapter', 'Ukendt adapter',
  // no
  'Ethernet-kort', 'Trådløst LAN-kort', 'PPP-kort', 'Tunnelkort', 'Ukjent kort',
  // fi
  'Ethernet-sovitin', 'Langattoman lähiverkon sovitin', 'Langaton lähiverkkosovitin', 'PPP-sovitin', 'Tunnelisovitin', 'Tuntematon sovitin',
]
  .map(foldWord)
  .sort((a, b) => b.length - a.length);

/** True when `value`, folded, is one of the table's words. */
export function means(words: ReadonlySet<string>, value: string): boolean {
  return words.has(foldWord(value));
}

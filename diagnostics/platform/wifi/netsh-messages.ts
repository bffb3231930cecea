/** What a netsh answer without any interface block means. */
export type NetshMessage = 'no-adapter' | 'location-denied' | 'service-stopped' | 'access-denied' | null;

// `.{1,4}` stands for one accented letter: CP850 or ANSI bytes read as latin1 give one odd
// character, UTF-8 read as latin1 gives two; the ASCII around it is stable.
const NO_ADAPTER = [
  /no wireless interface/i,
  /keine\s+Drahtlosschnittstelle/i,
  /inget\s+tr.{1,4}dl.{1,4}st\s+gr.{1,4}nssnitt/i,
];
const LOCATION = [/ms-settings:privacy-location/i, /location permission/i, /Standortberechtigung/i, /platstillst.{1,4}nd/i];
const SERVICE = [/wlansvc/i];
const ACCESS = [/\berror 5\b/i, /Fehler 5\b/i, /fel 5\b/i, /access is denied/i, /Zugriff verweigert/i, /.tkomst nekad/i];

/**
 * Recognises the one-sentence answers netsh gives instead of data. Location comes before
 * access: Windows 11 24H2 prints both when Location Services are off for the app.
 */
export function netshMessage(stdout: string): NetshMessage {
  if (NO_ADAPTER.some((p) => p.test(stdout))) return 'no-adapter';
  if (LOCATION.some((p) => p.test(stdout))) return 'location-denied';
  if (SERVICE.some((p) => p.test(stdout))) return 'service-stopped';
  if (ACCESS.some((p) => p.test(stdout))) return 'access-denied';
  return null;
}

/** The note a technician reads for each netsh message. */
export const NETSH_MESSAGE_NOTES: Readonly<Record<Exclude<NetshMessage, null>, string>> = {
  'no-adapter': 'Windows reports no wireless interface on this computer.',
  'location-denied':
    'Windows withholds Wi-Fi details: Location services are off for this app (Settings > Privacy & security > Location).',
  'service-stopped': 'The Windows WLAN AutoConfig service (wlansvc) is not running.',
  'access-denied': 'Windows denied access to the Wi-Fi details (error 5).',
};

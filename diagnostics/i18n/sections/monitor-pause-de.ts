/** Warum der Verbindungsmonitor pausiert, auf Deutsch: die Zeile im Infobereich und die Seite der Abbrüche. */
export const monitorPauseDe = {
  tray: {
    'power-saver': 'Verbindungsmonitor pausiert: Energiesparmodus',
    metered: 'Verbindungsmonitor pausiert: getaktete Verbindung',
    'woke-up': 'Verbindungsmonitor pausiert: der Computer ist gerade aufgewacht',
  },
  state: {
    metered: 'Der Verbindungsmonitor pausiert, solange diese Verbindung getaktet ist (mobile Daten oder ein Hotspot), um Ihr Datenvolumen zu schonen.',
  },
};

/** Die Prüfung vom Beginn eines Abbruchs, geöffnet von der Seite der Abbrüche, auf Deutsch. */
export const dropoutSnapshotDe = {
  open: 'Diese Prüfung öffnen',
  title: 'Die Prüfung von {{time}}',
  intro: 'Homeline hat diese schnelle Prüfung ausgeführt, als der Abbruch begann. Ihre Texte sind in der Sprache, die die App damals nutzte; die Rohausgaben der Befehle werden nicht mit ihr gespeichert.',
  close: 'Prüfung schließen',
  loading: 'Prüfung wird geöffnet …',
  gone: 'Diese Prüfung ist auf diesem Computer nicht mehr gespeichert.',
  failed: 'Die Prüfung konnte nicht geöffnet werden: {{message}}',
};

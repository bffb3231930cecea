// Texte zum zweiten Teil von Issue #19 (Deutsch): Gesprächsmodell (E-Modell R und MOS), wem ein
// schlechter UDP-Weg gehört, NAT-Ebenen und die Lebensdauer einer UDP-Zuordnung.

export const mediaRestDe = {
  model: 'Gesprächsmodell: R {{r}}, MOS {{mos}} (E-Modell nach ITU-T G.107, {{codec}}, Verzögerung in eine Richtung {{delay}} ms)',
} as const;

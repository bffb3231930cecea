// Texter för andra delen av issue #19 (svenska): samtalsmodellen (E-modellens R och MOS), vem en
// dålig UDP-väg tillhör, NAT-lager och hur länge en UDP-mappning lever.

export const mediaRestSv = {
  model: 'Samtalsmodell: R {{r}}, MOS {{mos}} (E-modellen enligt ITU-T G.107, {{codec}}, fördröjning en väg {{delay}} ms)',
} as const;

// Texts of issue #19's second part, in English: the call model line (E-model R and MOS), the
// owner of a bad UDP path, NAT layers and the UDP mapping lifetime. Top-level `mediaRest` for
// summary lines, evidence lines spread into `evidence`, findings in the group `finding.mediaRest`.

/** Summary lines the CLI and viewers show. */
export const mediaRestEn = {
  model: 'Call model: R {{r}}, MOS {{mos}} (ITU-T G.107 E-model, {{codec}}, one-way delay {{delay}} ms)',
} as const;

/**
 * Confirming what was done before calling the provider (`homeline isp kit --done …`, the app's
 * call page): the script claims only what is confirmed here.
 */
export const ispConfirmEn = {
  errors: {
    unknownItem: '“{{item}}” is not something --done knows: use restart=HH:MM, cable, second-device, or none.',
    restartTime: '“{{item}}” needs the time of the restart, for example restart=19:40.',
    badTime: '“{{value}}” is not a time of day: write it as HH:MM, for example 19:40.',
    repeated: '“{{item}}” is given twice.',
    empty: '--done needs a list such as restart=19:40,cable,second-device (or none), not “{{value}}”.',
    restartAfterCheck: 'The restart at {{restart}} came after the check at {{check}}: run the check again after restarting, then confirm the restart.',
  },
  saved: 'Confirmed for the check of {{date}}. A new check starts without confirmations.',
  cleared: 'Nothing is confirmed for the check of {{date}}.',
  stale: 'What you confirmed for the check of {{date}} is not claimed for the newer check: confirm it again with --done.',
  unreadable: 'Could not read what you confirmed ({{file}}: {{detail}}); the kit claims none of it.',
  app: {
    title: 'What I did before calling',
    hint: 'Tick only what you really did: the script says it to your provider. Unticked steps are offered instead.',
    restart: 'I restarted the router at',
    restartTime: 'Time of the restart',
    cable: 'I tested with a network cable',
    secondDevice: 'I tried a second device',
    updating: 'Updating the script …',
  },
} as const;

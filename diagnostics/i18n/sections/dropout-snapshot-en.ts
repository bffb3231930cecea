/** The check taken when a drop-out began, opened from the drop-outs page, in English. */
export const dropoutSnapshotEn = {
  open: 'Open this check',
  title: 'The check taken at {{time}}',
  intro: 'Homeline ran this quick check when the drop-out began. Its texts are in the language the app used then; the commands’ raw output is not kept with it.',
  close: 'Close the check',
  loading: 'Opening the check…',
  gone: 'This check is no longer kept on this computer.',
  failed: 'The check could not be opened: {{message}}',
};

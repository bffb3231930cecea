/** Why the connection monitor is paused, in English: the tray line and the drop-outs page. */
export const monitorPauseEn = {
  tray: {
    'power-saver': 'Connection monitor paused: battery saver',
    metered: 'Connection monitor paused: metered connection',
    'woke-up': 'Connection monitor paused: the computer just woke up',
  },
  state: {
    metered: 'The connection monitor is paused while this connection is metered (mobile data or a hotspot), to save your data.',
  },
};

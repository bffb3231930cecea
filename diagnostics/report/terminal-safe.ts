/**
 * Text for a terminal with every control character removed except line breaks and tabs: values
 * from a machine or a bundle could otherwise carry escape sequences that move the cursor, rewrite
 * earlier lines, set the window title or hide text from the person reading it. C1 controls
 * (U+0080–U+009F, the 8-bit CSI among them) and bidirectional overrides go too.
 */
export function terminalSafe(text: string): string {
  return text.replace(/\r\n/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '');
}

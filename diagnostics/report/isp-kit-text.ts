import type { IspCall } from './isp-call.js';

const BOX = { checklist: '[ ]', facts: '-', questions: '?' } as const;

/** The call kit as plain text, to print or to read from the screen during the call. */
export function ispKitText(kit: IspCall): string {
  const out = [kit.provider ? `${kit.title}: ${kit.provider}` : kit.title, kit.measuredAt];
  for (const s of kit.sections) {
    out.push('', s.title);
    for (const item of s.items) {
      if (s.id === 'answers') out.push(`  ${item.cue ?? ''}`, `    → ${item.text}`);
      else out.push(`  ${item.done ? '[x]' : BOX[s.id]} ${item.text}`);
    }
  }
  return `${out.join('\n')}\n`;
}

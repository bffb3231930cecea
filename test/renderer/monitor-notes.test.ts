import { describe, expect, it } from 'vitest';
import { monitorStateSchema, type MonitorStateView } from '../../electron/ipc/contract.js';
import { textsFor } from '../../renderer/src/i18n/texts.js';
import { monitorNoteTexts } from '../../renderer/src/model/timeline-rows.js';

// The Drop-outs page says what the app's monitor could not watch or watches another way, in the
// words `homeline monitor` prints them (catalog keys monitor.note.* and monitorPing.unusable).
const PING_BROKEN = 'ping is not permitted to run (spawn ping EACCES)';
const state = (notes: MonitorStateView['notes']): MonitorStateView =>
  monitorStateSchema.parse({ status: 'watching', paused: null, since: null, dropoutsNow: 0, ...(notes ? { notes } : {}) });

describe('the Drop-outs page’s monitor notes', () => {
  for (const lang of ['en', 'de', 'sv'] as const) {
    it(`words each note in ${lang}, ping-unusable with its reason`, () => {
      const tx = textsFor(lang);
      const texts = monitorNoteTexts(state([{ id: 'no-gateway' }, { id: 'no-provider-hop' }, { id: 'no-internet-target' }, { id: 'ping-unusable', reason: PING_BROKEN }]), tx);
      expect(texts).toEqual([
        tx.t('monitor.note.no-gateway'),
        tx.t('monitor.note.no-provider-hop'),
        tx.t('monitor.note.no-internet-target'),
        tx.t('monitorPing.unusable', { reason: PING_BROKEN }),
      ]);
      expect(texts[3]).toContain(PING_BROKEN);
      // Each a sentence of its own language, never a key or a placeholder.
      for (const t of texts) expect(t).not.toMatch(/\{\{|monitor\.note|monitorPing\./);
      if (lang !== 'en') expect(texts).not.toEqual(monitorNoteTexts(state([{ id: 'no-gateway' }, { id: 'no-provider-hop' }, { id: 'no-internet-target' }, { id: 'ping-unusable', reason: PING_BROKEN }]), textsFor('en')));
    });
  }

  it('says nothing when the monitor noted nothing (or an older main process sent no notes)', () => {
    expect(monitorNoteTexts(state(undefined), textsFor('en'))).toEqual([]);
    expect(monitorNoteTexts(state([]), textsFor('de'))).toEqual([]);
  });
});

import { create } from 'zustand';
import type { ResponseOf } from '../../../electron/ipc/contract.js';

/** Which optional features the main process has (app.info), null until it answered. */
export type Features = ResponseOf<'app.info'>['features'];

const useFeatureStore = create<{ features: Features | null }>()(() => ({ features: null }));

/** Records the features the main process reported. */
export function setFeatures(features: Features): void {
  useFeatureStore.setState({ features });
}

/** The features, for pages that show "not in this version". */
export function useFeatures(): Features | null {
  return useFeatureStore((s) => s.features);
}

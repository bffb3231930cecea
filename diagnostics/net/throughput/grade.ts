/** Letter grades for the rise in round-trip time when the line is busy, best first. */
export const LOAD_GRADES = ['A+', 'A', 'B', 'C', 'D', 'F'] as const;
export type LoadGrade = (typeof LOAD_GRADES)[number];

/**
 * Upper bounds (exclusive) of each grade's latency increase in milliseconds. In the spirit of the
 * IETF responsiveness draft and Apple's networkQuality: what matters is the delay a busy line adds
 * to every interactive packet. Under 30 ms nobody notices on a call; 60–200 ms makes speech
 * overlap; 200 ms and more makes video calls and remote desktops stutter while anything uploads
 * or downloads.
 */
export const GRADE_BANDS_MS: Readonly<Record<Exclude<LoadGrade, 'F'>, number>> = { 'A+': 5, A: 30, B: 60, C: 200, D: 400 };

/** The grade of a latency increase (negative increases, noise around zero, count as none). */
export function gradeIncrease(increaseMs: number): LoadGrade {
  for (const g of LOAD_GRADES) {
    if (g === 'F') return g;
    if (increaseMs < GRADE_BANDS_MS[g]) return g;
  }
  return 'F';
}

/** Round trips per minute under load (networkQuality's RPM): 60 000 / loaded latency. */
export function roundTripsPerMinute(loadedMs: number): number {
  return loadedMs <= 0 ? 0 : Math.round(60_000 / loadedMs);
}

/** networkQuality's words for RPM: under 200 low, 200–1000 medium, above 1000 high. */
export function responsiveness(rpm: number): 'low' | 'medium' | 'high' {
  return rpm < 200 ? 'low' : rpm <= 1000 ? 'medium' : 'high';
}

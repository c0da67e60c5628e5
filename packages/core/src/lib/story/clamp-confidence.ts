/** A confidence rounded to two places and kept within 0–0.95. */
export function clamp(value: number): number {
  return Math.round(Math.min(0.95, Math.max(0, value)) * 100) / 100
}

/**
 * Riegel's endurance model (Pete Riegel, "Athletic Records and Human
 * Endurance", 1981): T2 = T1 · (D2/D1)^k. k = 1.06 is his fit to world records
 * from about 3.5 minutes to 4 hours; larger k suits runners whose endurance
 * lags their speed.
 */
export const RIEGEL_EXPONENT = 1.06;

/** Predicted time (s) over `toMeters` from `seconds` over `fromMeters`. */
export function riegelSeconds(seconds: number, fromMeters: number, toMeters: number, exponent = RIEGEL_EXPONENT): number {
  return seconds * Math.pow(toMeters / fromMeters, exponent);
}

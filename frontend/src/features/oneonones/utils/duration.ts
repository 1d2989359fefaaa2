/** The lengths the duration select offers; anything else is "Custom". */
export const DURATION_CHOICES = [15, 30, 45, 60, 90] as const;

export const MIN_DURATION = 5;
export const MAX_DURATION = 480;

export type DurationResult = { ok: true; minutes: number } | { ok: false; message: string };

/** Reads the duration select (a preset or "custom") and the custom minutes field. */
export function parseDuration(choice: string, custom: string): DurationResult {
  const text = choice === 'custom' ? custom.trim() : choice;
  if (!/^\d+$/.test(text)) return { ok: false, message: 'Enter the length in whole minutes.' };
  const minutes = Number(text);
  if (minutes < MIN_DURATION || minutes > MAX_DURATION) {
    return { ok: false, message: `Choose between ${MIN_DURATION} and ${MAX_DURATION} minutes.` };
  }
  return { ok: true, minutes };
}

/** The select value for a stored duration. */
export function durationChoice(minutes: number): string {
  return (DURATION_CHOICES as readonly number[]).includes(minutes) ? String(minutes) : 'custom';
}

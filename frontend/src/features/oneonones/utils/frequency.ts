import type { Frequency } from '../../../gql/graphql';

/** In the order the frequency select lists them. */
export const FREQUENCIES: readonly Frequency[] = ['WEEKLY', 'FORTNIGHTLY', 'MONTHLY', 'QUARTERLY', 'HALF_YEARLY', 'YEARLY', 'ONCE'];

const WORDS: Record<Frequency, string> = {
  ONCE: 'Once',
  WEEKLY: 'Every week',
  FORTNIGHTLY: 'Every 2 weeks',
  MONTHLY: 'Every month',
  QUARTERLY: 'Every 3 months',
  HALF_YEARLY: 'Every 6 months',
  YEARLY: 'Every year',
};

const OPTION_LABELS: Record<Frequency, string> = {
  ONCE: 'Does not repeat',
  WEEKLY: 'Weekly',
  FORTNIGHTLY: 'Every 2 weeks',
  MONTHLY: 'Monthly',
  QUARTERLY: 'Quarterly (every 3 months)',
  HALF_YEARLY: 'Every 6 months',
  YEARLY: 'Yearly',
};

/** "Every week", "Every 2 weeks", "Once" — how often a 1:1 happens, in words. */
export function describeFrequency(frequency: Frequency): string {
  return WORDS[frequency];
}

/** The label of a frequency in a select. */
export function frequencyOptionLabel(frequency: Frequency): string {
  return OPTION_LABELS[frequency];
}

/** "Every week · 30 min", "Once · 1 h 30 min". */
export function describeCadence(frequency: Frequency, durationMinutes: number): string {
  return `${describeFrequency(frequency)} · ${formatDuration(durationMinutes)}`;
}

/** "30 min", "1 h", "1 h 30 min". */
export function formatDuration(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest ? `${hours} h ${rest} min` : `${hours} h`;
}

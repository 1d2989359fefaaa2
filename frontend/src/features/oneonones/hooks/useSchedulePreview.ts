import { useQuery } from 'urql';
import { graphql } from '../../../gql';
import type { Frequency } from '../../../gql/graphql';
import { isValidTimeZone } from '../../../lib/dates';
import { useDebouncedValue } from '../../../lib/hooks';

const PreviewScheduleQuery = graphql(`
  query PreviewSchedule($startsAt: DateTime!, $timezone: String!, $frequency: Frequency!, $count: Int!) {
    previewSchedule(startsAt: $startsAt, timezone: $timezone, frequency: $frequency, count: $count)
  }
`);

/**
 * The next start times the API's rule gives for what the form holds (debounced). Like the person
 * picker's search it follows the typing, so it is a query outside a page.
 */
export function useSchedulePreview(
  startsAt: string | null,
  timeZone: string,
  frequency: Frequency,
  count = 5,
): { dates: readonly string[]; fetching: boolean; failed: boolean } {
  // Debounce a string: a fresh object every render would never settle.
  const key = JSON.stringify({ startsAt, timezone: timeZone, frequency, count });
  const debouncedKey = useDebouncedValue(key, 300);
  const variables = JSON.parse(debouncedKey) as { startsAt: string | null; timezone: string; frequency: Frequency; count: number };
  const ready = variables.startsAt !== null && isValidTimeZone(variables.timezone);
  const [{ data, fetching, error }] = useQuery({
    query: PreviewScheduleQuery,
    variables: { ...variables, startsAt: variables.startsAt ?? '' },
    pause: !ready,
    requestPolicy: 'cache-first',
  });
  const settled = debouncedKey === key;
  return {
    dates: ready ? (data?.previewSchedule ?? []) : [],
    fetching: ready && (fetching || !settled),
    failed: Boolean(error),
  };
}

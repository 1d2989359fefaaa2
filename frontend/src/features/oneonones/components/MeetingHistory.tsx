import type { FragmentType } from '../../../gql';
import { Button } from '../../../ui/Button';
import { EmptyState, LiveMessage, LoadingState } from '../../../ui/Status';
import { HISTORY_FILTERS, groupByMonth, type HistoryFilter } from '../utils/history';
import { MeetingList, MeetingListItem, type MeetingListItemFragment } from './MeetingListItem';

export interface HistoryMeeting {
  id: string;
  startsAt: string;
  meeting: FragmentType<typeof MeetingListItemFragment>;
}

const EMPTY_TEXT: Record<HistoryFilter, string> = {
  ALL: 'No past meetings yet',
  COMPLETED: 'No meeting has been held yet',
  MISSED: 'No missed meetings',
  CANCELLED: 'No cancelled meetings',
};

/** Past meetings, newest first, grouped by month, with status filter chips and "Load more". */
export function MeetingHistory({
  meetings,
  filter,
  onFilterChange,
  hasMore,
  onLoadMore,
  loading,
  timeZone,
}: {
  /** null until the first page is in. */
  meetings: readonly HistoryMeeting[] | null;
  filter: HistoryFilter;
  onFilterChange: (filter: HistoryFilter) => void;
  hasMore: boolean;
  onLoadMore: () => void;
  loading: boolean;
  timeZone: string;
}) {
  const groups = meetings ? groupByMonth(meetings, timeZone) : [];
  return (
    <div className="history">
      <div className="chips" role="group" aria-label="Show">
        {HISTORY_FILTERS.map((option) => (
          <button
            key={option.value}
            type="button"
            className={`chip${option.value === filter ? ' chip--active' : ''}`}
            aria-pressed={option.value === filter}
            onClick={() => onFilterChange(option.value)}
          >
            {option.label}
          </button>
        ))}
      </div>
      <LiveMessage message={meetings && !loading ? `${meetings.length} meetings shown` : ''} />
      {meetings === null ? (
        <LoadingState label="Loading history…" />
      ) : meetings.length === 0 && !hasMore ? (
        <EmptyState title={EMPTY_TEXT[filter]} />
      ) : (
        groups.map((group) => (
          <section key={group.key} className="history__month" aria-labelledby={`history-${group.key}`}>
            <h3 className="history__month-title" id={`history-${group.key}`}>
              {group.label}
            </h3>
            <MeetingList label={`Meetings in ${group.label}`}>
              {group.items.map((item) => (
                <MeetingListItem key={item.id} meeting={item.meeting} timeZone={timeZone} variant="series" expandable />
              ))}
            </MeetingList>
          </section>
        ))
      )}
      {hasMore ? (
        <div className="load-more">
          <Button onClick={onLoadMore} busy={loading}>
            Load more
          </Button>
        </div>
      ) : null}
    </div>
  );
}

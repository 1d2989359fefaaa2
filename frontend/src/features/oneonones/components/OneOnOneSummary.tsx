import { graphql, getFragmentData, type FragmentType } from '../../../gql';
import { Avatar, Badge } from '../../../ui/Card';
import { LocalTime } from '../../people/components/LocalTime';
import { PersonLink } from '../../people/components/PersonLink';
import { describeFrequency, formatDuration } from '../utils/frequency';
import { ONE_ON_ONE_STATUS } from '../utils/status';
import { TemplateSections } from './TemplateSections';

export const OneOnOneSummaryFragment = graphql(`
  fragment OneOnOneSummary_oneOnOne on OneOnOne {
    id
    frequency
    durationMinutes
    timezone
    status
    viewerHasLeft
    counterpart {
      id
      name
      title
      timezone
      ...PersonLink_user
    }
    createdBy {
      id
      ...PersonLink_user
    }
    template {
      id
      ...TemplateSections_template
    }
    meetingCounts {
      upcoming
      completed
      missed
      cancelled
    }
  }
`);

/** Who, how often, in which zone, from which template, and how it has gone. */
export function OneOnOneSummary({
  oneOnOne,
  viewerId,
  viewerTimeZone,
}: {
  oneOnOne: FragmentType<typeof OneOnOneSummaryFragment>;
  viewerId: string;
  viewerTimeZone: string;
}) {
  const o = getFragmentData(OneOnOneSummaryFragment, oneOnOne);
  const counts = o.meetingCounts;
  return (
    <div className="series-summary">
      {o.counterpart ? (
        <div className="series-summary__person">
          <Avatar name={o.counterpart.name} size="lg" />
          <div>
            <p className="series-summary__name">
              <PersonLink user={o.counterpart} />
            </p>
            <p className="muted">{o.counterpart.title || 'No title'}</p>
          </div>
        </div>
      ) : null}
      <dl className="facts">
        <div>
          <dt>Status</dt>
          <dd>
            <span className="badge-row">
              <Badge tone={ONE_ON_ONE_STATUS[o.status].tone}>{ONE_ON_ONE_STATUS[o.status].label}</Badge>
              {o.viewerHasLeft ? <Badge tone="warning">You left</Badge> : null}
            </span>
          </dd>
        </div>
        <div>
          <dt>Cadence</dt>
          <dd>
            {describeFrequency(o.frequency)} · {formatDuration(o.durationMinutes)}
          </dd>
        </div>
        <div>
          <dt>Time zone</dt>
          <dd>{o.timezone.replaceAll('_', ' ')}</dd>
        </div>
        {o.counterpart ? (
          <div>
            <dt>Their time</dt>
            <dd>
              <LocalTime timeZone={o.counterpart.timezone} readerTimeZone={viewerTimeZone} />
            </dd>
          </div>
        ) : null}
        <div>
          <dt>Meetings</dt>
          <dd>
            {counts.completed} held · {counts.missed} missed · {counts.cancelled} cancelled · {counts.upcoming} upcoming
          </dd>
        </div>
        {o.createdBy ? (
          <div>
            <dt>Started by</dt>
            <dd>{o.createdBy.id === viewerId ? 'You' : <PersonLink user={o.createdBy} />}</dd>
          </div>
        ) : null}
        <div>
          <dt>Template</dt>
          <dd>{o.template ? <TemplateSections template={o.template} /> : <span className="muted">None</span>}</dd>
        </div>
      </dl>
    </div>
  );
}

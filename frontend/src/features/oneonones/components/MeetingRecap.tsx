import { useQuery } from 'urql';
import { graphql } from '../../../gql';
import { LoadingState } from '../../../ui/Status';
import { ActionItemRow } from '../../actions/components/ActionItemRow';
import { MarkdownView } from './MarkdownView';
import './recap.css';

const MeetingRecapQuery = graphql(`
  query MeetingRecap($id: ID!) {
    viewer {
      id
      timezone
    }
    node(id: $id) {
      __typename
      ... on Meeting {
        id
        sharedNotes
        talkingPoints {
          id
          text
          done
          private
          carriedTo {
            id
          }
        }
        actionItems {
          id
          ...ActionItemRow_actionItem
        }
      }
    }
  }
`);

/**
 * What a past meeting holds, read-only: its agenda (checked or not), shared notes and action
 * items. Loaded when shown (a history entry opened, the "Last time" panel).
 */
export function MeetingRecap({
  meetingId,
  headingLevel = 4,
  parts = ['agenda', 'notes', 'actions'],
}: {
  meetingId: string;
  headingLevel?: 3 | 4;
  parts?: readonly ('agenda' | 'notes' | 'actions')[];
}) {
  const [{ data, error }] = useQuery({ query: MeetingRecapQuery, variables: { id: meetingId }, context: CONTEXT });
  const meeting = data?.node?.__typename === 'Meeting' ? data.node : null;
  if (!data) return error ? <p className="muted">This meeting could not be loaded.</p> : <LoadingState label="Loading the meeting…" />;
  if (!meeting) return <p className="muted">This meeting is gone.</p>;
  const Heading = `h${headingLevel}` as 'h4';
  const points = meeting.talkingPoints;
  return (
    <div className="recap">
      {parts.includes('agenda') ? (
        <section className="recap__part">
          <Heading className="recap__title">Agenda</Heading>
          {points.length === 0 ? (
            <p className="muted">No talking points.</p>
          ) : (
            <ul className="recap__points">
              {points.map((point) => (
                <li key={point.id} className={point.done ? 'recap__point recap__point--done' : 'recap__point'}>
                  <span className="recap__check" role="img" aria-label={point.done ? 'Done' : 'Not done'}>
                    {point.done ? '☑' : '☐'}
                  </span>{' '}
                  {point.text || <span className="muted">(empty)</span>}
                  {point.private ? <span className="muted"> · private</span> : null}
                  {!point.done && point.carriedTo ? <span className="muted"> · carried over</span> : null}
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
      {parts.includes('notes') ? (
        <section className="recap__part">
          <Heading className="recap__title">Shared notes</Heading>
          {meeting.sharedNotes.trim() ? (
            <MarkdownView markdown={meeting.sharedNotes} headingLevel={Math.min(6, headingLevel + 1)} />
          ) : (
            <p className="muted">No notes.</p>
          )}
        </section>
      ) : null}
      {parts.includes('actions') ? (
        <section className="recap__part">
          <Heading className="recap__title">Action items</Heading>
          {meeting.actionItems.length === 0 ? (
            <p className="muted">None.</p>
          ) : (
            <ul className="action-list">
              {meeting.actionItems.map((item) => (
                <ActionItemRow key={item.id} item={item} viewerId={data.viewer.id} timeZone={data.viewer.timezone} />
              ))}
            </ul>
          )}
        </section>
      ) : null}
    </div>
  );
}

const CONTEXT = { additionalTypenames: ['ActionItem'] };

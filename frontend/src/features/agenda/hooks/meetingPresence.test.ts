import { describe, expect, it } from 'vitest';
import { MeetingPresence, type PresenceNews } from './meetingPresence';
import { relay } from './presenceRelay.testing';

function person(server: ReturnType<typeof relay>, name: string) {
  const presence = new MeetingPresence(server.clientFor(name), 'M1', name);
  const news: PresenceNews[] = [];
  presence.onNews((item) => news.push(item));
  return { presence, news, names: () => presence.getSnapshot().map((peer) => peer.name) };
}

describe('MeetingPresence', () => {
  it('shows each person the other, with what they edit, as soon as the second arrives', () => {
    const server = relay();
    const sam = person(server, 'Sam Carter');
    const grace = person(server, 'Grace Kim');
    sam.presence.start();
    grace.presence.start();

    expect(sam.names()).toEqual(['Grace Kim']);
    expect(grace.names()).toEqual(['Sam Carter']);
    expect(sam.news).toEqual([{ kind: 'joined', name: 'Grace Kim' }]);

    sam.presence.setEditing('point-1');
    expect(grace.presence.getSnapshot()).toMatchObject([{ name: 'Sam Carter', editing: 'point-1' }]);
    sam.presence.setEditing(null);
    expect(grace.presence.getSnapshot()).toMatchObject([{ name: 'Sam Carter', editing: null }]);
    sam.presence.stop();
    grace.presence.stop();
  });

  it('removes someone at once when they leave the page', () => {
    const server = relay();
    const sam = person(server, 'Sam Carter');
    const grace = person(server, 'Grace Kim');
    sam.presence.start();
    grace.presence.start();

    grace.presence.stop();

    expect(sam.names()).toEqual([]);
    expect(sam.news.at(-1)).toEqual({ kind: 'left', name: 'Grace Kim' });
    sam.presence.stop();
  });

});

import { describe, expect, it, vi } from 'vitest';
import type { PresenceNews } from './meetingPresence';
import { relay } from './presenceRelay.testing';

// Awareness reads the clock through lib0, which keeps `Date.now` from when it is first imported:
// the fake clock goes in before it is.
vi.useFakeTimers();
const { MeetingPresence } = await import('./meetingPresence');

function person(server: ReturnType<typeof relay>, name: string) {
  const presence = new MeetingPresence(server.clientFor(name), 'M1', name);
  const news: PresenceNews[] = [];
  presence.onNews((item) => news.push(item));
  return { presence, news, names: () => presence.getSnapshot().map((peer) => peer.name) };
}

describe('MeetingPresence over time', () => {
  it('drops someone whose connection died within 30 s, and keeps someone who renews', async () => {
    const server = relay();
    const sam = person(server, 'Sam Carter');
    const grace = person(server, 'Grace Kim');
    sam.presence.start();
    grace.presence.start();
    let renders = 0;
    sam.presence.subscribe(() => renders++);

    // Grace's connection dies: nothing she sends arrives any more (Sam's renewals still reach her).
    server.cut.add('Grace Kim');
    await vi.advanceTimersByTimeAsync(25_000);
    expect(sam.names()).toEqual(['Grace Kim']);
    await vi.advanceTimersByTimeAsync(9_000);

    expect(sam.names()).toEqual([]);
    expect(renders).toBeGreaterThan(0);
    expect(sam.news.at(-1)).toEqual({ kind: 'left', name: 'Grace Kim' });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(grace.names()).toEqual(['Sam Carter']);
    sam.presence.stop();
    grace.presence.stop();
  });

  it('hears from the others soon after arriving even when their first answer came before it listened', async () => {
    const server = relay();
    const sam = person(server, 'Sam Carter');
    const grace = person(server, 'Grace Kim');
    sam.presence.start();
    server.slow.set('Grace Kim', 1_000);
    grace.presence.start();
    expect(sam.names()).toEqual(['Grace Kim']);
    expect(grace.names()).toEqual([]);

    await vi.advanceTimersByTimeAsync(2_000);

    expect(grace.names()).toEqual(['Sam Carter']);
    sam.presence.stop();
    grace.presence.stop();
  });

  it('sends a moving caret (shared notes) at most every 120 ms, and everything else at once', async () => {
    const server = relay();
    const sam = person(server, 'Sam Carter');
    const grace = person(server, 'Grace Kim');
    sam.presence.start();
    grace.presence.start();
    const samAtGrace = () => [...grace.presence.getAwareness().getStates().values()].find((state) => (state as { user?: { name?: string } }).user?.name === 'Sam Carter') as
      | { cursor?: number; editing?: string | null }
      | undefined;

    // Sam's caret moves three times in a row: Grace hears of the last place once, a moment later.
    for (const position of [1, 2, 3]) sam.presence.getAwareness().setLocalStateField('cursor', position);
    expect(samAtGrace()?.cursor).toBeUndefined();
    await vi.advanceTimersByTimeAsync(150);
    expect(samAtGrace()?.cursor).toBe(3);

    // Starting to edit a talking point is news at once.
    sam.presence.setEditing('point-1');
    expect(samAtGrace()?.editing).toBe('point-1');
    sam.presence.stop();
    grace.presence.stop();
  });
});

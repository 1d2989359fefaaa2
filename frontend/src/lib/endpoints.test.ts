import { describe, expect, it } from 'vitest';
import { graphqlWebSocketUrl } from './endpoints';

describe('graphqlWebSocketUrl', () => {
  it('uses wss behind https and keeps the port', () => {
    expect(graphqlWebSocketUrl({ protocol: 'https:', host: 'tandem.example' })).toBe('wss://tandem.example/graphql');
    expect(graphqlWebSocketUrl({ protocol: 'http:', host: '127.0.0.1:8766' })).toBe('ws://127.0.0.1:8766/graphql');
  });
});

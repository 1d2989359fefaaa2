/** GraphQL over HTTP with a personal access token. */
export class GraphQLHttp {
  constructor(
    private readonly url: string,
    private readonly token: string,
  ) {}

  /** The `data` of the answer; throws on a network failure or any GraphQL error. */
  async request<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const answer = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${this.token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await answer.json()) as { data?: T; errors?: unknown[] };
    if (body.errors?.length || body.data === undefined) {
      throw new GraphQLFailure(`${query.trim().split('\n')[0] ?? ''}: ${JSON.stringify(body.errors)}`);
    }
    return body.data;
  }
}

/** The server answered, with errors (as opposed to a network failure). */
export class GraphQLFailure extends Error {}

export const toBase64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');
export const fromBase64 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'base64'));

/** The uuid inside a Relay global id ("Meeting:<uuid>", base64). */
export const rawId = (globalId: string): string => Buffer.from(globalId, 'base64').toString().split(':')[1] ?? '';

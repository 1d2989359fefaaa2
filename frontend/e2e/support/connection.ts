import type { Page, Route, WebSocketRoute } from '@playwright/test';

/**
 * A page's line to the API, under the test's control. `hold()` queues the document pushes (HTTP)
 * and every WebSocket message in both directions, so what two people type meanwhile is truly
 * concurrent; `release()` delivers the queues in order. `sever()` closes the WebSocket, refuses
 * new ones and fails every HTTP request to /graphql, as a dead network would (Playwright's
 * setOffline leaves open WebSockets alone); `restore()` lets everything through again.
 *
 * Install it before the page first opens the API (before signing in).
 */
export interface Connection {
  /** Only document pushes fail (the server is reachable otherwise). */
  failPushes: () => void;
  hold: () => void;
  release: () => void;
  sever: () => void;
  restore: () => void;
}

interface Pipe {
  page: WebSocketRoute;
  server: WebSocketRoute;
}

type Mode = 'open' | 'held' | 'severed' | 'pushes-fail';
type Message = string | Buffer;

/** Close codes 1005 and 1006 are reported, never sent. */
function closing(code: number | undefined, reason: string | undefined) {
  return code === undefined || code === 1005 || code === 1006 ? undefined : { code, reason: reason ?? '' };
}

export async function controlConnection(page: Page): Promise<Connection> {
  let mode: Mode = 'open';
  const pipes = new Set<Pipe>();
  const held: (() => void)[] = [];
  const heldRoutes: Route[] = [];

  await page.routeWebSocket(/\/graphql$/, (ws) => {
    if (mode === 'severed') {
      // "Service restart": graphql-ws keeps retrying.
      void ws.close({ code: 1012, reason: 'Network down (test)' });
      return;
    }
    const server = ws.connectToServer();
    const pipe = { page: ws, server };
    pipes.add(pipe);
    ws.onMessage((message: Message) => {
      if (mode === 'held') held.push(() => server.send(message));
      else if (mode !== 'severed') server.send(message);
    });
    server.onMessage((message: Message) => {
      if (mode === 'held') held.push(() => ws.send(message));
      else if (mode !== 'severed') ws.send(message);
    });
    ws.onClose((code, reason) => {
      pipes.delete(pipe);
      void server.close(closing(code, reason));
    });
    server.onClose((code, reason) => {
      pipes.delete(pipe);
      void ws.close(closing(code, reason));
    });
  });

  await page.route('**/graphql', async (route) => {
    const request = route.request();
    if (request.method() !== 'POST') return route.fallback();
    if (mode === 'severed') return route.abort('internetdisconnected');
    if (mode === 'pushes-fail' && (request.postData() ?? '').includes('pushMeetingUpdates')) return route.abort('internetdisconnected');
    if (mode === 'held' && (request.postData() ?? '').includes('pushMeetingUpdates')) {
      heldRoutes.push(route);
      return;
    }
    return route.fallback();
  });

  return {
    failPushes: () => {
      mode = 'pushes-fail';
    },
    hold: () => {
      mode = 'held';
    },
    release: () => {
      mode = 'open';
      for (const deliver of held.splice(0)) deliver();
      for (const route of heldRoutes.splice(0)) void route.fallback();
    },
    sever: () => {
      mode = 'severed';
      held.length = 0;
      for (const route of heldRoutes.splice(0)) void route.abort('internetdisconnected');
      for (const pipe of [...pipes]) {
        pipes.delete(pipe);
        void pipe.page.close({ code: 1012, reason: 'Network down (test)' });
        void pipe.server.close();
      }
    },
    restore: () => {
      mode = 'open';
    },
  };
}

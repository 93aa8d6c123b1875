import type { GraphQLResponse } from './test-server.ts';

export interface HttpAnswer {
  status: number;
  headers: Headers;
  /** The body as JSON when it is JSON, else as text. */
  body: GraphQLResponse & Record<string, unknown>;
  text: string;
}

/**
 * One raw HTTP request to the app, for tests that look at what `graphql()` hides: the status, the headers,
 * and bodies or methods other than a JSON POST.
 */
export async function send(url: string, init: RequestInit & { duplex?: 'half' } = {}): Promise<HttpAnswer> {
  const response = await fetch(url, init);
  const text = await response.text();
  let body: HttpAnswer['body'] = {};
  try {
    body = JSON.parse(text) as HttpAnswer['body'];
  } catch {
    // Not JSON (GraphiQL's page, an empty preflight answer): `text` has it.
  }
  return { status: response.status, headers: response.headers, body, text };
}

/** A JSON POST of one GraphQL request, with extra headers. */
export function postJson(url: string, payload: unknown, headers: Record<string, string> = {}): Promise<HttpAnswer> {
  return send(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(payload) });
}

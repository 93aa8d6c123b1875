import { execFileSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { Agent, type IncomingHttpHeaders, request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { paths } from '../src/paths.ts';
import { noOwnNeo4j } from './support/own-neo4j.ts';
import { type ServiceProcess, spawnService } from './support/service-process.ts';

/*
 * SIGTERM to the real service, with a local Neo4j of its own, while a request is in flight and clients
 * hold keep-alive connections: /ready turns 503 at once, the request in flight is answered, no client's
 * request is reset, and the process exits 0 leaving no Neo4j behind.
 */

const QUERY = JSON.stringify({ query: '{ service { neo4j { edition } } }' });
const ANSWER = { data: { service: { neo4j: { edition: 'community' } } } };

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: unknown;
}

/** A POST of QUERY whose body is sent in two parts: the second only when `finish` is called. */
function slowRequest(port: number): { finish: () => void; answer: Promise<Answer> } {
  const body = Buffer.from(QUERY);
  const sent = request({
    host: '127.0.0.1',
    port,
    path: '/graphql',
    method: 'POST',
    agent: false,
    headers: { 'content-type': 'application/json', 'content-length': body.length },
  });
  sent.write(body.subarray(0, 10));
  const answer = new Promise<Answer>((resolve, reject) => {
    sent.once('error', reject);
    sent.once('response', (response) => void read(response).then(resolve, reject));
  });
  return { finish: () => sent.end(body.subarray(10)), answer };
}

/** A POST of QUERY through `agent`, which keeps its connection alive between requests. */
function post(port: number, agent: Agent): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const sent = request(
      { host: '127.0.0.1', port, path: '/graphql', method: 'POST', agent, headers: { 'content-type': 'application/json' } },
      (response) => void read(response).then(resolve, reject),
    );
    sent.once('error', reject);
    sent.end(QUERY);
  });
}

async function read(response: import('node:http').IncomingMessage): Promise<Answer> {
  let text = '';
  for await (const chunk of response) text += String(chunk);
  return { status: response.statusCode ?? 0, headers: response.headers, body: JSON.parse(text) as unknown };
}

/**
 * GET on a connection of its own. fetch would reuse the pooled keep-alive connection of its last request, which
 * the drain closes as idle: a race between the client's reuse and the server's close that every keep-alive
 * client must retry, not what this test asks about.
 */
function getOnNewConnection(port: number, path: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const sent = request({ host: '127.0.0.1', port, path, agent: false }, (response) => {
      let text = '';
      response.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
      response.once('end', () => resolve({ status: response.statusCode ?? 0, text }));
      response.once('error', reject);
    });
    sent.once('error', reject);
    sent.end();
  });
}

/** A raw connection that sends one request and then sits idle, as a keep-alive client does between requests. */
async function idleConnection(port: number): Promise<{ socket: Socket; ended: Promise<'closed cleanly' | string> }> {
  const socket = connect(port, '127.0.0.1');
  await once(socket, 'connect');
  socket.write(`POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(QUERY)}\r\n\r\n${QUERY}`);
  let received = '';
  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => (received += chunk));
  while (!received.includes('"community"')) await once(socket, 'data');
  const ended = new Promise<'closed cleanly' | string>((resolve) => {
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    socket.once('end', () => resolve('closed cleanly'));
  });
  return { socket, ended };
}

/** Processes whose command line mentions `text`, other than the `ps` looking for them. */
function processesMentioning(text: string): string[] {
  return execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line.includes(text) && !line.includes('ps -eo'));
}

describe.skipIf(noOwnNeo4j)('stopping the service with SIGTERM', () => {
  let home: string | undefined;
  let service: ServiceProcess | undefined;
  afterAll(async () => {
    // A failed test may leave the service running: stop it before its Neo4j's files are removed.
    if (service && service.child.exitCode === null && service.child.signalCode === null) service.child.kill('SIGTERM');
    await service?.exit;
    if (home) await rm(home, { recursive: true, force: true });
  });

  it('drains: /ready 503 at once, the request in flight answered, keep-alive clients answered or closed cleanly, exit 0, no Neo4j left', async () => {
    home = await mkdtemp(join(paths.localNeo4j, 'shutdown-test-'));
    service = spawnService({ PORT: '0', NEO4J_LOCAL_HOME: home, LOG_LEVEL: 'info' });
    const [, portText] = await service.waitFor(/GraphQL at http:\/\/localhost:(\d+)\/graphql/);
    const port = Number(portText);
    expect(processesMentioning(home).some((line) => line.includes('CommunityEntryPoint'))).toBe(true);

    // A client with a keep-alive connection it has used once; a raw connection idle after one request;
    // and a request whose body is still coming when the signal arrives.
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    expect((await post(port, agent)).body).toEqual(ANSWER);
    const idle = await idleConnection(port);
    const slow = slowRequest(port);
    // Answered or not, it must not end as an unhandled rejection if an earlier expectation fails.
    slow.answer.catch(() => undefined);
    expect((await getOnNewConnection(port, '/ready')).status).toBe(200);

    service.child.kill('SIGTERM');
    await service.waitFor(/SIGTERM received/);
    const ready = await getOnNewConnection(port, '/ready');
    expect(ready.status).toBe(503);
    expect(ready.text).toMatch(/shutting down/);

    // The idle connection was closed with a FIN, not reset; the keep-alive client's next request is
    // answered, and told that its connection ends with the answer.
    expect(await idle.ended).toBe('closed cleanly');
    const duringDrain = await post(port, agent);
    expect(duringDrain.body).toEqual(ANSWER);
    expect(duringDrain.headers.connection).toBe('close');
    expect(service.output()).not.toContain('Stopped: HTTP server');

    // The request in flight is answered in full, after which the service stops.
    slow.finish();
    const slowAnswer = await slow.answer;
    expect(slowAnswer).toMatchObject({ status: 200, body: ANSWER });
    expect(slowAnswer.headers.connection).toBe('close');

    expect(await service.exit).toEqual({ code: 0, signal: null });
    const output = service.output();
    expect(output.indexOf('Stopped: HTTP server')).toBeLessThan(output.indexOf('Stopped: local Neo4j'));
    expect(processesMentioning(home)).toEqual([]);
    agent.destroy();
    idle.socket.destroy();
  }, 300_000);
});

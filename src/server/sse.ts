import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';

/**
 * A Server-Sent Events stream in the shape of the Agent Development Kit's `/run_sse`: each message is
 * `data: <Event JSON>`; `: heartbeat` comments keep proxies and clients from timing out while work runs.
 */
export const AGENT_NAME = 'nemo_agent';

export type Part =
  | { text: string }
  | { functionCall: { id: string; name: string; args: Record<string, unknown> } }
  | { functionResponse: { id: string; name: string; response: Record<string, unknown> } };

export interface AdkEvent {
  id: string;
  invocationId: string;
  author: string;
  timestamp: number;
  partial: boolean;
  turnComplete?: boolean;
  content: { role: 'model' | 'user'; parts: Part[] };
  actions: { stateDelta: Record<string, unknown>; artifactDelta: Record<string, unknown> };
  errorCode?: string;
  errorMessage?: string;
}

export function adkEvent(
  invocationId: string,
  parts: Part[],
  options: {
    role?: 'model' | 'user';
    partial?: boolean;
    turnComplete?: boolean;
    stateDelta?: Record<string, unknown>;
    errorCode?: string;
    errorMessage?: string;
  } = {},
): AdkEvent {
  const event: AdkEvent = {
    id: randomUUID(),
    invocationId,
    author: AGENT_NAME,
    timestamp: Date.now() / 1000,
    partial: options.partial ?? false,
    content: { role: options.role ?? 'model', parts },
    actions: { stateDelta: options.stateDelta ?? {}, artifactDelta: {} },
  };
  if (options.turnComplete) event.turnComplete = true;
  if (options.errorCode) event.errorCode = options.errorCode;
  if (options.errorMessage) event.errorMessage = options.errorMessage;
  return event;
}

export class SseStream {
  private heartbeat: NodeJS.Timeout | undefined;
  private ended = false;

  constructor(
    private readonly raw: ServerResponse,
    heartbeatMs: number,
    headers: Record<string, string> = {},
  ) {
    raw.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
      ...headers,
    });
    raw.flushHeaders();
    this.heartbeat = setInterval(() => this.comment('heartbeat'), heartbeatMs);
    this.heartbeat.unref();
    raw.on('close', () => this.stop());
  }

  /** The client went away, or the stream was closed. */
  get closed(): boolean {
    return this.ended || this.raw.destroyed || this.raw.writableEnded;
  }

  send(event: AdkEvent): void {
    if (this.closed) return;
    this.raw.write(`data: ${JSON.stringify(event)}\n\n`);
  }

  comment(text: string): void {
    if (this.closed) return;
    this.raw.write(`: ${text}\n\n`);
  }

  private stop(): void {
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = undefined;
  }

  close(): void {
    this.stop();
    if (this.ended) return;
    this.ended = true;
    if (!this.raw.destroyed && !this.raw.writableEnded) this.raw.end();
  }
}

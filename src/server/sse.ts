import type { ServerResponse } from 'node:http';

/**
 * A Server-Sent Events stream: each message is `data: <JSON>`; `: heartbeat` comments keep proxies and
 * clients from timing out while work runs.
 */
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

  send(event: object): void {
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

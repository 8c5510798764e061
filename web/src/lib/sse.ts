/**
 * A streaming parser for Server-Sent Events (the WHATWG "event stream" format), fed from a fetch
 * ReadableStream. Chunks may split anywhere — inside a line, between `\r` and `\n`, even inside a
 * multi-byte UTF-8 character — so the parser keeps what it has not finished.
 */
export type SseItem =
  | { kind: 'event'; event: string; data: string; id: string | undefined }
  | { kind: 'comment'; text: string };

export class SseParser {
  private buffer = '';
  private data: string[] = [];
  private hasData = false;
  private event = '';
  private lastId: string | undefined;
  private readonly decoder = new TextDecoder('utf-8');

  /** Feeds raw bytes (decoded as UTF-8, characters split across chunks are kept for the next one). */
  feedBytes(bytes: Uint8Array): SseItem[] {
    return this.feed(this.decoder.decode(bytes, { stream: true }));
  }

  /** Feeds decoded text; returns the events and comments completed by it. */
  feed(text: string): SseItem[] {
    this.buffer += text;
    const out: SseItem[] = [];
    let start = 0;
    for (let i = 0; i < this.buffer.length; i++) {
      const ch = this.buffer.charCodeAt(i);
      if (ch !== 10 && ch !== 13) continue;
      // A trailing `\r` may be the first half of `\r\n`: wait for the next chunk to decide.
      if (ch === 13 && i === this.buffer.length - 1) break;
      this.line(this.buffer.slice(start, i), out);
      if (ch === 13 && this.buffer.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
    this.buffer = this.buffer.slice(start);
    return out;
  }

  /** Call when the stream ends: flushes a last line and drops an event that never got its blank line. */
  end(): SseItem[] {
    const out: SseItem[] = [];
    const rest = this.buffer + this.decoder.decode();
    this.buffer = '';
    if (rest.length > 0) this.line(rest.replace(/\r$/, ''), out);
    this.reset();
    return out;
  }

  private reset(): void {
    this.data = [];
    this.hasData = false;
    this.event = '';
  }

  private line(line: string, out: SseItem[]): void {
    if (line === '') {
      if (this.hasData) {
        out.push({
          kind: 'event',
          event: this.event || 'message',
          data: this.data.join('\n'),
          id: this.lastId,
        });
      }
      this.reset();
      return;
    }
    if (line.startsWith(':')) {
      out.push({ kind: 'comment', text: line.slice(1).trimStart() });
      return;
    }
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    switch (field) {
      case 'data':
        this.data.push(value);
        this.hasData = true;
        break;
      case 'event':
        this.event = value;
        break;
      case 'id':
        if (!value.includes('\0')) this.lastId = value;
        break;
      default:
        // `retry` and unknown fields are ignored.
        break;
    }
  }
}

/** Reads a fetch body to the end, calling `onItem` for every event and comment. */
export async function readSse(
  body: ReadableStream<Uint8Array>,
  onItem: (item: SseItem) => void,
  signal?: AbortSignal,
): Promise<void> {
  const parser = new SseParser();
  const reader = body.getReader();
  const abort = () => void reader.cancel().catch(() => {});
  signal?.addEventListener('abort', abort, { once: true });
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      for (const item of parser.feedBytes(value)) onItem(item);
    }
    for (const item of parser.end()) onItem(item);
  } finally {
    signal?.removeEventListener('abort', abort);
    reader.releaseLock();
  }
}

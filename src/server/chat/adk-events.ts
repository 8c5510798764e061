import { randomBytes, randomUUID } from 'node:crypto';
import type { SseStream } from '../sse.js';

/**
 * The events of the Agent Development Kit's `/run_sse` protocol, which chat clients speak: each is one
 * `data:` message of the stream; a tool call is a functionCall event followed by its functionResponse.
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

export interface AdkEventOptions {
  role?: 'model' | 'user';
  partial?: boolean;
  turnComplete?: boolean;
  stateDelta?: Record<string, unknown>;
  errorCode?: string;
  errorMessage?: string;
}

export function adkEvent(invocationId: string, parts: Part[], options: AdkEventOptions = {}): AdkEvent {
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

export const callId = (): string => `call_${randomBytes(9).toString('base64url')}`;

/** A tool call and its answer, as the two events ADK clients expect. */
export function sendFunctionPair(
  stream: SseStream,
  invocationId: string,
  name: string,
  args: Record<string, unknown>,
  response: Record<string, unknown>,
): void {
  const id = callId();
  stream.send(adkEvent(invocationId, [{ functionCall: { id, name, args } }]));
  stream.send(adkEvent(invocationId, [{ functionResponse: { id, name, response } }], { role: 'user' }));
}

/** The last event of a turn: text, optional state changes, an error code when it failed. */
export function sendFinal(
  stream: SseStream,
  invocationId: string,
  text: string,
  options: Omit<AdkEventOptions, 'turnComplete' | 'role' | 'partial'> = {},
): void {
  stream.send(adkEvent(invocationId, [{ text }], { ...options, turnComplete: true }));
}

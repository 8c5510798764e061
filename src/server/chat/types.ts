import type { FastifyReply } from 'fastify';
import type { DirectOptions, DirectorResult } from '../../director/types.js';
import type { RenderQueue } from '../../jobs/types.js';
import type { Draft, MediaRef } from '../../model/draft.js';
import type { DraftHistory } from '../../model/history.js';
import type { Quality } from '../../render/pipeline-types.js';
import type { Account, Accounts } from '../accounts.js';
import type { MediaAnalysis } from '../media-analysis.js';
import type { KeyedMutex } from '../mutex.js';
import type { RenderService } from '../renders.js';
import type { SessionEvents } from '../session-events.js';
import type { Session, Sessions } from '../sessions.js';
import type { LinkTo } from '../signed-links.js';
import type { SseStream } from '../sse.js';
import type { Transcript } from '../transcript.js';

export type DirectFn = (
  message: string,
  context: { draft: Draft; media: readonly MediaRef[]; history?: DraftHistory },
  options?: DirectOptions,
) => Promise<DirectorResult>;

export interface ChatDeps {
  accounts: Accounts;
  sessions: Sessions;
  renders: RenderService;
  queue: RenderQueue;
  mutex: KeyedMutex;
  /** Open turns, so shutdown can end them. */
  turns: Set<ChatTurn>;
  heartbeatMs: number;
  sseMaxMs: number;
  chatCost: number;
  /**
   * The account cannot pay for an edit: the turn may only answer (credits, help, status, export, undo),
   * and an edit is refused with no_credits before anything is saved.
   */
  answersOnly?: boolean;
  exportQuality: Quality;
  direct?: DirectFn;
  /** Background analysis of uploads: a turn waits up to `ANALYSIS_WAIT_MS` for its session's. */
  analysis?: Pick<MediaAnalysis, 'settled'>;
  /** Where the turn is kept for every tab, and who is told (absent on a bare app: nothing is kept). */
  transcript?: Transcript;
  sessionEvents?: SessionEvents;
  /** Environment the language-model planner is configured from (JOY_LLM_URL, …). */
  env?: NodeJS.ProcessEnv;
  log: {
    info(obj: object, msg?: string): void;
    warn(obj: object, msg?: string): void;
    error(obj: object, msg?: string): void;
  };
}

export interface ChatTurn {
  /** Ends the turn (shutdown): the stream gets a last event and closes. */
  shutdown(): void;
  done: Promise<void>;
}

export interface ChatRequest {
  reply: FastifyReply;
  account: Account;
  session: Session;
  text: string;
  /** Signed links under the base URL the client reaches the service by. */
  linkTo: LinkTo;
}

/** One open turn's stream and what stops it. */
export interface TurnContext {
  stream: SseStream;
  invocationId: string;
  signal: AbortSignal;
  /** The history version the turn's edit made (set once the edit is saved), for undo to name it later. */
  historyVersion?: number;
}

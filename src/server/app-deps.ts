import type { RenderQueue } from '../jobs/types.js';
import type { Accounts } from './accounts.js';
import type { ChatTurn, DirectFn } from './chat/turn.js';
import type { ServerConfig } from './config.js';
import type { MediaAnalysis } from './media-analysis.js';
import type { KeyedMutex } from './mutex.js';
import type { HostResolver } from './net-guard.js';
import type { RenderFactsCache } from './render-facts.js';
import type { RenderService } from './renders.js';
import type { SessionEvents } from './session-events.js';
import type { Sessions } from './sessions.js';
import type { LinkSigner } from './signed-links.js';
import type { Transcript } from './transcript.js';

/** What the service hands the HTTP app: its settings, stores and queue. */
export interface AppDeps {
  config: ServerConfig;
  accounts: Accounts;
  sessions: Sessions;
  renders: RenderService;
  queue: RenderQueue;
  turns: Set<ChatTurn>;
  version: string;
  resolver?: HostResolver | undefined;
  isAllowedAddress?: ((ip: string) => boolean) | undefined;
  direct?: DirectFn | undefined;
  /** What was said and changed in each session, in order (chat turns and hand edits). */
  transcript: Transcript;
  /** Tells the pages watching a session that it changed. */
  sessionEvents: SessionEvents;
  /** Signs the media and download links the API hands out, and checks them when they come back. */
  links: LinkSigner;
  /** Size, length and picture size of finished exports. */
  renderFacts: RenderFactsCache;
  /** Background analysis of uploads; absent when turned off. */
  analysis?: MediaAnalysis;
  env?: NodeJS.ProcessEnv;
}

/** What every route plugin receives: the app's deps and the per-session lock chat and studio edits share. */
export interface RouteDeps extends AppDeps {
  sessionLock: KeyedMutex;
}

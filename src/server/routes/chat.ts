import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { phrasedError } from '../../errors.js';
import { phrase } from '../../messages/index.js';
import type { RouteDeps } from '../app-deps.js';
import { wouldEdit } from '../chat/direct-edit.js';
import { type ChatDeps, startChatTurn } from '../chat/turn.js';
import { parseWith } from '../envelope.js';
import { authenticate, linksFor } from '../request-auth.js';

const runSseBody = z.object({
  app_name: z.string().optional(),
  user_id: z.string().optional(),
  session_id: z.string().min(1).max(128),
  new_message: z.object({
    role: z.string().optional(),
    parts: z.array(z.object({ text: z.string().max(20_000).optional() }).passthrough()).min(1),
  }),
  streaming: z.boolean().optional(),
});

/** `POST /run_sse`: one chat turn, answered as a stream of agent events (see chat/turn.ts). */
export const chatRoutes: FastifyPluginAsync<RouteDeps> = async (app, deps) => {
  const { accounts, sessions, config } = deps;

  app.post('/run_sse', async (request, reply) => {
    const account = authenticate(accounts, request);
    const body = parseWith(runSseBody, request.body);
    const session = sessions.require(account.id, body.session_id);
    const text = body.new_message.parts
      .map((part) => part.text ?? '')
      .join('\n')
      .trim();
    if (!text) throw phrasedError('invalid_input', phrase('request.noText'), { field: 'new_message.parts' });
    const chatDeps: ChatDeps = {
      accounts,
      sessions,
      renders: deps.renders,
      queue: deps.queue,
      mutex: deps.sessionLock,
      turns: deps.turns,
      heartbeatMs: config.heartbeatMs,
      sseMaxMs: config.sseMaxMs,
      chatCost: config.chatCost,
      exportQuality: 'high',
      log: request.log,
      transcript: deps.transcript,
      sessionEvents: deps.sessionEvents,
      ...(deps.direct ? { direct: deps.direct } : {}),
      ...(deps.analysis ? { analysis: deps.analysis } : {}),
      ...(deps.env ? { env: deps.env } : {}),
    };
    const chatRequest = {
      reply,
      account,
      session,
      text,
      linkTo: linksFor(deps.links, config.publicUrl, request),
    };
    // Answers cost nothing (API.md): an account that cannot pay for an edit still gets them, and an
    // edit is refused with 2001 before the stream opens.
    const short = config.chatCost > 0 && accounts.balance(account.id).available < config.chatCost;
    const answersOnly = short && !(await wouldEdit(chatDeps, chatRequest));
    const turn = startChatTurn(
      answersOnly ? { ...chatDeps, chatCost: 0, answersOnly } : chatDeps,
      chatRequest,
    );
    await turn.done;
    return reply;
  });
};

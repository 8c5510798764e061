import { catalog as effects } from '../catalog/index.js';
import {
  type CommandType,
  commandJsonSchemas,
  type Draft,
  type EditCommand,
  type MediaRef,
  parseCommand,
  summarizeDraft,
} from '../model/index.js';
import { hasPeopleLayer } from '../model/people-layer.js';
import type { AnswerRoute, LlmConfig } from './types.js';
import { mediaName } from './values.js';

/**
 * The optional language-model planner: any OpenAI-compatible `/v1/chat/completions` server with tool
 * calling. Its tools are generated from the edit commands' schemas, so it can only ask for what the
 * rules could; every call it makes is validated like any other command. Any failure throws a
 * PlannerError and the director falls back to the rules.
 */
export class PlannerError extends Error {
  constructor(
    message: string,
    readonly kind:
      | 'config'
      | 'network'
      | 'timeout'
      | 'http'
      | 'response'
      | 'tool'
      | 'arguments'
      | 'apply'
      | 'no-call',
  ) {
    super(message);
    this.name = 'PlannerError';
  }
}

/** Reads `JOY_LLM_URL`, `JOY_LLM_MODEL`, `JOY_LLM_API_KEY` (and `JOY_LLM_TIMEOUT_MS`); null when not set. */
export function llmConfigFromEnv(env: Record<string, string | undefined> = process.env): LlmConfig | null {
  const url = env.JOY_LLM_URL?.trim();
  if (!url) return null;
  const timeout = Number(env.JOY_LLM_TIMEOUT_MS);
  return {
    url,
    model: env.JOY_LLM_MODEL?.trim() || 'gpt-4o-mini',
    ...(env.JOY_LLM_API_KEY ? { apiKey: env.JOY_LLM_API_KEY } : {}),
    ...(Number.isFinite(timeout) && timeout > 0 ? { timeoutMs: timeout } : {}),
  };
}

export function chatCompletionsUrl(url: string): string {
  const base = url.replace(/\/+$/, '');
  if (/\/chat\/completions$/.test(base)) return base;
  if (/\/v\d+$/.test(base)) return `${base}/chat/completions`;
  return `${base}/v1/chat/completions`;
}

const DESCRIPTIONS: Partial<Record<CommandType, string>> = {
  setAspect:
    'Set the aspect ratio (9:16 vertical for TikTok/Reels/Shorts, 16:9 landscape, 1:1 square, 4:5 feed).',
  setResolution: 'Set the resolution by its short side (720p, 1080p, 2160p = 4K).',
  setCanvas: 'Set an exact canvas size in pixels.',
  setFps: 'Set the frame rate.',
  applyPreset: 'Apply a platform preset (aspect and frame rate).',
  setBackground: 'Colour behind photos that do not fill the frame.',
  setDuration: 'Set the total length of the video; photos are stretched proportionally.',
  setSegmentDuration: 'Set how long one photo (index) or every photo (no index) stays on screen.',
  setTransition:
    'Set the transition between photos: all of them, or the one after photo `index`. `cut` means no transition.',
  setMotion: 'Set the camera motion of one photo (index) or all photos.',
  setFit: 'How photos fill a frame of another shape: blur (blurred background), cover (crop), color (bars).',
  setLook: 'Set the colour look of the whole video (`none` restores original colours).',
  addText:
    'Add a title, caption or end card. Place it with startMs/durationMs or on a photo with segmentIndex.',
  updateText: 'Change an existing text (by id or index): words, timing, position, size, colour.',
  removeText: 'Remove texts: all, by role, by id or by index.',
  addMedia: 'Append uploaded photos or clips (use media objects from the uploaded list).',
  removeSegment: 'Remove the photo at index.',
  moveSegment: 'Move the photo at `from` to position `to`.',
  swapSegments: 'Swap two photos.',
  reverseSegments: 'Reverse the photo order.',
  sortByDate: 'Sort photos by the date they were taken.',
  syncToBeats:
    "Put every cut (or the middle of every transition) on a beat of the music ('sync to the music', '卡点'); fitMusic makes the video as long as the song.",
  setMusic: 'Use an uploaded audio file as background music (volume 1 = 100%).',
  setMusicVolume: 'Set the music volume (0–2; 0.35 = 35%).',
  setMusicFade: 'Set the music fade in/out in milliseconds.',
  setVideoFade:
    "Fade the whole video in from a colour at its start (inMs) and out to it at its end (outMs), black unless said ('fade to black at the end', '结尾淡出到黑'); 0 removes that fade.",
  removeMusic: 'Remove the background music.',
  setLoudness: 'Turn loudness normalisation on or off.',
};

const ANSWER_ROUTES: AnswerRoute[] = ['export', 'credits', 'status', 'undo', 'redo', 'help', 'curation'];
export const ANSWER_TOOL = 'answer';

type JsonSchema = {
  properties?: Record<string, Record<string, unknown>>;
  required?: string[];
  [key: string]: unknown;
};

export interface ChatTool {
  type: 'function';
  function: { name: string; description: string; parameters: Record<string, unknown> };
}

/** Tool definitions generated from `commandJsonSchemas()`, with effect names filled in from the registries. */
export function llmTools(): ChatTool[] {
  const tools: ChatTool[] = [];
  const enums: Record<string, Record<string, string[]>> = {
    setTransition: { name: effects.transitions.names() },
    setMotion: { name: effects.motions.names() },
    setFit: { name: effects.fits.names() },
    setLook: { name: effects.looks.names() },
    addText: { style: effects.textStyles.names(), animation: effects.textAnimations.names() },
    updateText: { style: effects.textStyles.names(), animation: effects.textAnimations.names() },
  };
  for (const [type, generated] of Object.entries(commandJsonSchemas()) as [CommandType, JsonSchema][]) {
    if (type === 'setMeta') continue;
    const schema = structuredClone(generated);
    delete schema.$schema;
    delete schema.properties?.type;
    schema.required = (schema.required ?? []).filter((key) => key !== 'type');
    for (const [key, values] of Object.entries(enums[type] ?? {})) {
      const property = schema.properties?.[key];
      if (property) property.enum = values;
    }
    tools.push({
      type: 'function',
      function: { name: type, description: DESCRIPTIONS[type] ?? type, parameters: schema },
    });
  }
  tools.push({
    type: 'function',
    function: {
      name: ANSWER_TOOL,
      description:
        'For a message that asks for no edit: export/download/send the video, credits/balance, status/show tracks, undo, redo, help.',
      parameters: {
        type: 'object',
        properties: { route: { type: 'string', enum: ANSWER_ROUTES } },
        required: ['route'],
        additionalProperties: false,
      },
    },
  });
  return tools;
}

export function systemPrompt(draft: Draft, media: readonly MediaRef[]): string {
  // Parallax only lifts people the analysis could cut out: the planner is told which photos have them.
  const photos = draft.video.map(
    (segment, i) =>
      `${i}: ${mediaName(segment.media)} (${segment.media.kind}, ${segment.durationMs} ms${hasPeopleLayer(segment.media) ? ', people layer for parallax' : ''})`,
  );
  const texts = draft.texts.map((text, i) => `${i}: id ${text.id}, ${text.role} "${text.text}"`);
  const uploads = media.map((item) =>
    JSON.stringify({ uri: item.uri, kind: item.kind, name: mediaName(item) }),
  );
  return [
    'You edit a photo-to-video timeline for Joy by calling tools. Each tool is one edit command; call every tool the',
    "user's message needs, in order. Photo indexes are 0-based (the first photo is index 0). Times are milliseconds,",
    'volumes are fractions (35% = 0.35). Use only effect names listed in the tool schemas. For a message that asks for',
    'no edit (export, credits, status, undo, redo, help) call `answer`. Never invent media: use the uploaded list.',
    'The `parallax` motion only works on photos marked "people layer for parallax"; elsewhere it is a plain push-in,',
    'so set it on those photos only and say so in your answer.',
    `Timeline: ${summarizeDraft(draft)}`,
    `Photos in order: ${photos.join('; ') || 'none'}`,
    `Texts: ${texts.join('; ') || 'none'}`,
    `Uploaded media: ${uploads.join(', ') || 'none'}`,
  ].join('\n');
}

function resolveMedia(value: unknown, media: readonly MediaRef[]): unknown {
  const key =
    typeof value === 'string'
      ? value
      : value && typeof value === 'object'
        ? ((value as { uri?: unknown }).uri ?? (value as { name?: unknown }).name)
        : undefined;
  if (typeof key !== 'string') return value;
  const found = media.find((item) => item.uri === key || mediaName(item) === key);
  return found ?? value;
}

/** Turns one tool call into a command or an answer; throws PlannerError when it is not one. */
export function readToolCall(
  call: unknown,
  media: readonly MediaRef[],
): { command: EditCommand } | { route: AnswerRoute } {
  const fn = (call as { function?: { name?: unknown; arguments?: unknown } } | undefined)?.function;
  const name = fn?.name;
  if (typeof name !== 'string') throw new PlannerError('tool call without a function name', 'tool');
  let args: unknown = fn?.arguments ?? {};
  if (typeof args === 'string') {
    try {
      args = args.trim() ? JSON.parse(args) : {};
    } catch {
      throw new PlannerError(`arguments of ${name} are not JSON`, 'arguments');
    }
  }
  if (!args || typeof args !== 'object' || Array.isArray(args))
    throw new PlannerError(`arguments of ${name} are not an object`, 'arguments');
  if (name === ANSWER_TOOL) {
    const route = (args as { route?: unknown }).route;
    if (!ANSWER_ROUTES.includes(route as AnswerRoute))
      throw new PlannerError(`answer with unknown route ${String(route)}`, 'arguments');
    return { route: route as AnswerRoute };
  }
  const schemas = commandJsonSchemas();
  if (!(name in schemas) || name === 'setMeta') throw new PlannerError(`unknown tool ${name}`, 'tool');
  const record: Record<string, unknown> = { ...(args as Record<string, unknown>), type: name };
  if (name === 'setMusic') record.media = resolveMedia(record.media, media);
  if (name === 'addMedia' && Array.isArray(record.media))
    record.media = record.media.map((item: unknown) => resolveMedia(item, media));
  try {
    return { command: parseCommand(record) };
  } catch (error) {
    throw new PlannerError(`invalid ${name}: ${(error as Error).message}`, 'arguments');
  }
}

export interface LlmPlan {
  commands: EditCommand[];
  routes: AnswerRoute[];
}

export interface LlmCallOptions {
  fetch?: typeof fetch;
  signal?: AbortSignal;
}

/** Asks the model; resolves to validated commands (not yet applied) or throws PlannerError. */
export async function planWithLlm(
  message: string,
  context: { draft: Draft; media: readonly MediaRef[] },
  config: LlmConfig,
  options: LlmCallOptions = {},
): Promise<LlmPlan> {
  if (!config.url || !config.model)
    throw new PlannerError('JOY_LLM_URL and JOY_LLM_MODEL must both be set', 'config');
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const timeoutMs = config.timeoutMs ?? 20_000;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
  const body = {
    model: config.model,
    temperature: 0,
    messages: [
      { role: 'system', content: systemPrompt(context.draft, context.media) },
      { role: 'user', content: message },
    ],
    tools: llmTools(),
    tool_choice: 'auto',
  };
  let payload: unknown;
  try {
    const response = await fetchImpl(chatCompletionsUrl(config.url), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        ...(config.apiKey ? { authorization: `Bearer ${config.apiKey}` } : {}),
      },
      body: JSON.stringify(body),
      signal,
    });
    const text = await response.text();
    if (!response.ok) throw new PlannerError(`HTTP ${response.status}: ${text.slice(0, 200)}`, 'http');
    try {
      payload = JSON.parse(text);
    } catch {
      throw new PlannerError('the response is not JSON', 'response');
    }
  } catch (error) {
    if (error instanceof PlannerError) throw error;
    if (timeout.aborted) throw new PlannerError(`no answer within ${timeoutMs} ms`, 'timeout');
    if (options.signal?.aborted) throw new PlannerError('canceled', 'network');
    throw new PlannerError(`request failed: ${(error as Error).message}`, 'network');
  }
  const messageOut = (payload as { choices?: { message?: { tool_calls?: unknown } }[] })?.choices?.[0]
    ?.message;
  if (!messageOut || typeof messageOut !== 'object')
    throw new PlannerError('the response has no choices[0].message', 'response');
  const calls = messageOut.tool_calls;
  if (!Array.isArray(calls) || calls.length === 0)
    throw new PlannerError('the model called no tool', 'no-call');
  const plan: LlmPlan = { commands: [], routes: [] };
  for (const call of calls) {
    const read = readToolCall(call, context.media);
    if ('route' in read) plan.routes.push(read.route);
    else plan.commands.push(read.command);
  }
  return plan;
}

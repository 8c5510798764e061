import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { chatCompletionsUrl, direct, llmConfigFromEnv, llmTools } from '../../src/director/index.js';
import type { LlmConfig } from '../../src/director/types.js';
import { COMMAND_TYPES, draftView } from '../../src/model/index.js';
import { effects } from '../../src/render/effects.js';
import { context } from './fixtures.js';

/**
 * The language-model planner against a real HTTP server on 127.0.0.1 that answers with recorded
 * OpenAI-style responses, good and bad. Every bad one must fall back to the rules, with the reason logged.
 */
type Handler = (req: IncomingMessage, body: string, res: ServerResponse) => void;

let server: Server;
let base = '';
let handler: Handler = () => {};
const requests: { url: string; headers: IncomingMessage['headers']; body: Record<string, unknown> }[] = [];

function reply(res: ServerResponse, status: number, payload: unknown): void {
  const text = typeof payload === 'string' ? payload : JSON.stringify(payload);
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(text);
}

/** A recorded chat-completions response whose message calls the given tools. */
function toolCalls(...calls: [string, unknown][]): unknown {
  return {
    id: 'chatcmpl-test',
    object: 'chat.completion',
    model: 'test-model',
    choices: [
      {
        index: 0,
        finish_reason: 'tool_calls',
        message: {
          role: 'assistant',
          content: null,
          tool_calls: calls.map(([name, args], i) => ({
            id: `call_${i}`,
            type: 'function',
            function: { name, arguments: typeof args === 'string' ? args : JSON.stringify(args) },
          })),
        },
      },
    ],
  };
}

function respond(status: number, payload: unknown): void {
  handler = (_req, _body, res) => reply(res, status, payload);
}

function config(extra: Partial<LlmConfig> = {}): LlmConfig {
  return { url: base, model: 'test-model', apiKey: 'sk-test', timeoutMs: 2000, ...extra };
}

function logger() {
  const lines: string[] = [];
  return {
    lines,
    warn: (line: string, details?: Record<string, unknown>) =>
      lines.push(`${line} ${JSON.stringify(details ?? {})}`),
  };
}

before(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      requests.push({
        url: req.url ?? '',
        headers: req.headers,
        body: body ? (JSON.parse(body) as Record<string, unknown>) : {},
      });
      handler(req, body, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('language-model planner', () => {
  test('valid tool calls become validated commands', async () => {
    requests.length = 0;
    respond(
      200,
      toolCalls(
        ['setAspect', { aspect: '9:16' }],
        ['addText', { text: 'Road Trip', role: 'title', durationMs: 3000 }],
      ),
    );
    const log = logger();
    const result = await direct('vertical please, with a road trip title', context('three'), {
      llm: config(),
      logger: log,
    });
    assert.equal(result.planner, 'llm');
    assert.equal(result.route, 'edit');
    assert.equal(result.fallback, undefined);
    assert.deepEqual(log.lines, []);
    const view = draftView(result.draft);
    assert.equal(view.aspect, '9:16');
    assert.equal(view.texts[0]?.text, 'Road Trip');
    assert.match(result.reply, /Done: aspect to 9:16/);

    const request = requests[0]!;
    assert.equal(request.url, '/v1/chat/completions');
    assert.equal(request.headers.authorization, 'Bearer sk-test');
    assert.equal(request.body.model, 'test-model');
    const tools = request.body.tools as {
      function: { name: string; parameters: { properties: Record<string, { enum?: string[] }> } };
    }[];
    const names = tools.map((tool) => tool.function.name);
    assert.ok(names.includes('setAspect') && names.includes('setTransition') && names.includes('answer'));
    const transition = tools.find((tool) => tool.function.name === 'setTransition')!;
    assert.deepEqual(transition.function.parameters.properties.name?.enum, effects.transitions.names());
    const messages = request.body.messages as { role: string; content: string }[];
    assert.equal(messages[1]?.content, 'vertical please, with a road trip title');
    assert.match(messages[0]!.content, /Timeline/);
  });

  test('media named by the model resolve to the uploaded files', async () => {
    respond(200, toolCalls(['setMusic', { media: 'lo-fi.mp3', volume: 0.35 }]));
    const result = await direct('some chill music at 35%', context('three'), { llm: config() });
    assert.equal(result.planner, 'llm');
    assert.deepEqual(
      draftView(result.draft).audio.map((a) => [a.source, a.volume]),
      [['lo-fi.mp3', 0.35]],
    );
    assert.equal((result.commands[0] as { media: { uri: string } }).media.uri, 'audio/lo-fi.mp3');
  });

  test('the model can answer without editing', async () => {
    respond(200, toolCalls(['answer', { route: 'export' }]));
    const ctx = context('three');
    const result = await direct('ship it!', ctx, { llm: config() });
    assert.equal(result.route, 'export');
    assert.equal(result.planner, 'llm');
    assert.deepEqual(result.draft, ctx.draft);
  });

  test('route-only messages never wait for the model', async () => {
    requests.length = 0;
    respond(500, 'should not be called');
    const result = await direct('export', context('three'), { llm: config() });
    assert.equal(result.route, 'export');
    assert.equal(requests.length, 0);
  });

  const failures: [string, () => void, RegExp][] = [
    [
      'arguments that are not JSON',
      () => respond(200, toolCalls(['setAspect', '{"aspect": "9:16"'])),
      /arguments/,
    ],
    [
      'an unknown tool',
      () => respond(200, toolCalls(['makeItPop', { amount: 11 }])),
      /unknown tool makeItPop/,
    ],
    [
      'invalid parameters',
      () => respond(200, toolCalls(['setAspect', { aspect: '7:3' }])),
      /invalid setAspect/,
    ],
    ['a command that cannot apply', () => respond(200, toolCalls(['removeSegment', { index: 9 }])), /apply/],
    [
      'setMeta (not offered)',
      () => respond(200, toolCalls(['setMeta', { key: 'x', value: 1 }])),
      /unknown tool/,
    ],
    ['HTTP 500', () => respond(500, { error: { message: 'upstream exploded' } }), /HTTP 500/],
    ['HTTP 401', () => respond(401, { error: { message: 'bad key' } }), /HTTP 401/],
    ['a body that is not JSON', () => respond(200, '<html>gateway</html>'), /not JSON/],
    ['no choices', () => respond(200, { choices: [] }), /choices/],
    [
      'text without tool calls',
      () => respond(200, { choices: [{ message: { role: 'assistant', content: 'Sure! Done.' } }] }),
      /no tool/,
    ],
    [
      'a timeout',
      () => {
        handler = (_req, _body, res) => {
          setTimeout(() => reply(res, 200, toolCalls(['setAspect', { aspect: '1:1' }])), 1500).unref();
        };
      },
      /timeout/,
    ],
  ];
  for (const [what, setup, reason] of failures) {
    test(`${what} → falls back to the rules and logs why`, async () => {
      setup();
      const log = logger();
      const timeoutMs = what === 'a timeout' ? 150 : 2000;
      const started = performance.now();
      const result = await direct('make it 9:16', context('three'), {
        llm: config({ timeoutMs }),
        logger: log,
      });
      assert.equal(result.planner, 'rules');
      assert.match(result.fallback ?? '', reason);
      assert.equal(log.lines.length, 1);
      assert.match(log.lines[0]!, /falling back|using the rules/);
      assert.equal(draftView(result.draft).aspect, '9:16', 'the rules did the edit');
      if (what === 'a timeout') assert.ok(performance.now() - started < 1200, 'the timeout is honoured');
    });
  }

  test('a server that is not there → falls back', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const log = logger();
    const result = await direct('square', context('three'), {
      llm: config({ url: `http://127.0.0.1:${port}` }),
      logger: log,
    });
    assert.equal(result.planner, 'rules');
    assert.match(result.fallback ?? '', /network/);
    assert.equal(draftView(result.draft).aspect, '1:1');
  });

  test('a caller abort stops the request and the rules answer', async () => {
    handler = (_req, _body, res) => {
      setTimeout(() => reply(res, 200, toolCalls(['setAspect', { aspect: '1:1' }])), 1000).unref();
    };
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const result = await direct('make it 4:5', context('three'), {
      llm: config(),
      signal: controller.signal,
      logger: logger(),
    });
    assert.equal(result.planner, 'rules');
    assert.equal(draftView(result.draft).aspect, '4:5');
  });
});

describe('planner configuration and tools', () => {
  test('off by default; JOY_LLM_* turn it on', () => {
    assert.equal(llmConfigFromEnv({}), null);
    assert.deepEqual(
      llmConfigFromEnv({
        JOY_LLM_URL: 'http://localhost:11434/v1',
        JOY_LLM_MODEL: 'qwen2.5',
        JOY_LLM_API_KEY: 'k',
        JOY_LLM_TIMEOUT_MS: '5000',
      }),
      {
        url: 'http://localhost:11434/v1',
        model: 'qwen2.5',
        apiKey: 'k',
        timeoutMs: 5000,
      },
    );
  });

  test('any base URL becomes the chat-completions endpoint', () => {
    assert.equal(chatCompletionsUrl('http://h:1'), 'http://h:1/v1/chat/completions');
    assert.equal(chatCompletionsUrl('http://h:1/v1/'), 'http://h:1/v1/chat/completions');
    assert.equal(
      chatCompletionsUrl('https://api.x.com/v1/chat/completions'),
      'https://api.x.com/v1/chat/completions',
    );
  });

  test('tools are generated from every edit command schema', () => {
    const tools = llmTools();
    const names = tools.map((tool) => tool.function.name);
    for (const type of COMMAND_TYPES.filter((name) => name !== 'setMeta'))
      assert.ok(names.includes(type), type);
    for (const tool of tools) {
      assert.equal(tool.type, 'function');
      const parameters = tool.function.parameters as {
        type: string;
        properties?: Record<string, unknown>;
        $schema?: string;
      };
      assert.equal(parameters.type, 'object');
      assert.equal(parameters.$schema, undefined);
      assert.equal(
        parameters.properties?.type,
        undefined,
        'the command type is the tool name, not a parameter',
      );
    }
  });
});

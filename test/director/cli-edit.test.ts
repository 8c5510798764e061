import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import { type EditIo, editCommand } from '../../src/cli/commands/edit.js';
import { draftView, parseDraft, toWire } from '../../src/model/index.js';
import { makeDraft } from './fixtures.js';

/** `joy edit d.json "…"`: one message applied to a draft file, in place or with -o. */
let dir = '';

async function capture(
  fn: (io: EditIo) => Promise<number>,
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const stdout = {
    write(chunk: string | Uint8Array) {
      out += String(chunk);
      return true;
    },
  };
  const stderr = new Writable({
    write(chunk, _encoding, done) {
      err += String(chunk);
      done();
    },
  }) as unknown as NodeJS.WriteStream;
  const code = await fn({ stdout: stdout as EditIo['stdout'], stderr });
  return { code, out, err };
}

async function draftFile(name: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, JSON.stringify(toWire(makeDraft('rich'))));
  return path;
}

async function load(path: string) {
  return parseDraft(JSON.parse(await readFile(path, 'utf8')));
}

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'joy-edit-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('joy edit', () => {
  test('applies a message in place and prints the reply', async () => {
    const path = await draftFile('a.json');
    const { code, out } = await capture((io) =>
      editCommand(path, ["make it 9:16 with a title 'Road Trip'"], {}, io),
    );
    assert.equal(code, 0);
    assert.match(out, /aspect to 9:16/);
    const view = draftView(await load(path));
    assert.equal(view.aspect, '9:16');
    assert.deepEqual(
      view.texts.map((text) => text.text),
      ['Road Trip', 'Day one'],
      'the existing title is kept, not doubled',
    );
    const raw = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
    assert.ok(Array.isArray(raw.t), 'saved in the wire format');
  });

  test('-o writes a new file and --json prints route, reply, commands and draft', async () => {
    const path = await draftFile('b.json');
    const output = join(dir, 'b-out.json');
    const { code, out } = await capture((io) =>
      editCommand(path, ['竖屏，', '20秒'], { output, json: true }, io),
    );
    assert.equal(code, 0);
    const printed = JSON.parse(out) as {
      route: string;
      reply: string;
      commands: { type: string }[];
      draft: unknown;
    };
    assert.equal(printed.route, 'edit');
    assert.match(printed.reply, /好的/);
    assert.deepEqual(
      printed.commands.map((c) => c.type),
      ['setAspect', 'setDuration'],
    );
    assert.equal(draftView(parseDraft(printed.draft)).durationMs, 20000);
    assert.equal(draftView(await load(output)).aspect, '9:16');
    assert.equal(draftView(await load(path)).aspect, '16:9', 'the input file is untouched with -o');
  });

  test('unsupported messages leave the file alone and exit with 2; undo explains sessions', async () => {
    const path = await draftFile('c.json');
    const before = await readFile(path, 'utf8');
    const odd = await capture((io) => editCommand(path, ['add', 'a', 'dancing', 'unicorn'], {}, io));
    assert.equal(odd.code, 2);
    assert.match(odd.out, /didn't understand/);
    const undo = await capture((io) => editCommand(path, ['undo'], {}, io));
    assert.equal(undo.code, 0);
    assert.match(undo.out, /only available in a chat session/);
    assert.equal(await readFile(path, 'utf8'), before);
  });

  test('--new starts from an empty draft; --media lists the uploads', async () => {
    const path = join(dir, 'new.json');
    const photo = new URL('../../examples/photos/coffee.jpg', import.meta.url).pathname;
    const { code, out } = await capture((io) =>
      editCommand(path, ['make a video'], { new: true, media: [photo] }, io),
    );
    assert.equal(code, 0, out);
    const view = draftView(await load(path));
    assert.equal(view.photos.length, 1);
    assert.equal(view.photos[0]?.source, 'coffee.jpg');
  });

  test('a missing draft file is an error', async () => {
    const { code } = await capture((io) => editCommand(join(dir, 'missing.json'), ['square'], {}, io));
    assert.equal(code, 1);
  });
});

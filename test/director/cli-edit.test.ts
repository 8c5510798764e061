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

  test('unsupported messages leave the file alone and exit with 2; undo with no history says so', async () => {
    const path = await draftFile('c.json');
    const before = await readFile(path, 'utf8');
    const odd = await capture((io) => editCommand(path, ['add', 'a', 'dancing', 'unicorn'], {}, io));
    assert.equal(odd.code, 2);
    assert.match(odd.out, /didn't understand/);
    const undo = await capture((io) => editCommand(path, ['undo'], {}, io));
    assert.equal(undo.code, 0);
    assert.match(undo.out, /nothing to undo/);
    assert.equal(await readFile(path, 'utf8'), before);
  });

  test('undo / 撤销 and redo work across separate commands, with history beside the file', async () => {
    const path = await draftFile('h.json');
    const original = draftView(await load(path));
    await capture((io) => editCommand(path, ['make it 9:16'], {}, io));
    await capture((io) => editCommand(path, ['make the whole video 12 seconds long'], {}, io));
    assert.equal(draftView(await load(path)).durationMs, 12_000);
    const undo = await capture((io) => editCommand(path, ['undo'], { json: true }, io));
    const printed = JSON.parse(undo.out) as { route: string; draft: unknown };
    assert.equal(printed.route, 'undo');
    assert.equal(draftView(parseDraft(printed.draft)).durationMs, original.durationMs);
    assert.equal(draftView(await load(path)).aspect, '9:16', 'one step back, not two');
    const zh = await capture((io) => editCommand(path, ['撤销'], {}, io));
    assert.match(zh.out, /已撤销/);
    assert.equal(draftView(await load(path)).aspect, original.aspect);
    await capture((io) => editCommand(path, ['redo'], {}, io));
    assert.equal(draftView(await load(path)).aspect, '9:16');
    await capture((io) => editCommand(path, ['重做'], {}, io));
    assert.equal(draftView(await load(path)).durationMs, 12_000);
    const nothing = await capture((io) => editCommand(path, ['redo'], {}, io));
    assert.match(nothing.out, /nothing to redo/);
    // A change made outside joy edit becomes a version of its own, so undo returns to Joy's last one.
    const outside = await load(path);
    outside.canvas.fps = 24;
    await writeFile(path, JSON.stringify(toWire(outside)));
    await capture((io) => editCommand(path, ['undo'], {}, io));
    assert.equal((await load(path)).canvas.fps, original.fps);
  });

  test('undo and redo say what they took back; a length set earlier survives a transition change; references carry across commands', async () => {
    const path = await draftFile('said.json');
    await capture((io) => editCommand(path, ['make it 20 seconds'], {}, io));
    const transitions = await capture((io) =>
      editCommand(path, ['transitions 1 second'], { json: true }, io),
    );
    const edited = JSON.parse(transitions.out) as { reply: string; draft: unknown };
    assert.equal(draftView(parseDraft(edited.draft)).durationMs, 20_000, edited.reply);
    assert.match(edited.reply, /kept at 20s/);
    await capture((io) => editCommand(path, ['use wipes'], {}, io));
    const undo = await capture((io) => editCommand(path, ['undo'], {}, io));
    assert.match(undo.out, /Undid: Transition → Wipe left 1s \(all\)/);
    assert.doesNotMatch(undo.out, /version/);
    const zh = await capture((io) => editCommand(path, ['撤销'], {}, io));
    assert.match(zh.out, /已撤销：转场改为叠化/);
    const redo = await capture((io) => editCommand(path, ['redo'], {}, io));
    assert.match(redo.out, /Redid: Transition → Crossfade 1s \(all\)/);
    assert.equal(draftView(await load(path)).durationMs, 20_000);
    // "that one" points at the photo the previous command was about, though it ran as a separate process.
    await capture((io) => editCommand(path, ['zoom out on the second photo'], {}, io));
    await capture((io) => editCommand(path, ['make that one 5 seconds'], {}, io));
    const view = draftView(await load(path));
    assert.equal(view.photos[1]?.durationMs, 5000);
    assert.notEqual(view.photos[0]?.durationMs, 5000);
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
  test('a draft replaced outside Joy keeps its undo but not the earlier conversation', async () => {
    const path = await draftFile('replaced.json');
    await capture((io) => editCommand(path, ['make the music quieter'], {}, io));
    // The file is replaced by hand: the old conversation was about music this draft does not have.
    await writeFile(path, JSON.stringify(toWire(makeDraft('three'))));
    const { out } = await capture((io) => editCommand(path, ['make it a bit more romantic'], {}, io));
    const view = draftView(await load(path));
    assert.equal(view.look, 'matte', out);
    assert.deepEqual(view.audio, [], out);
    const undone = await capture((io) => editCommand(path, ['undo'], {}, io));
    assert.equal(undone.code, 0);
    assert.equal(draftView(await load(path)).look, 'none');
  });
});

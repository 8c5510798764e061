import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import sharp from 'sharp';
import { curate } from '../../src/analyse/curate.js';
import { isJoyError, type JoyError } from '../../src/errors.js';
import { sniffFile } from '../../src/ingest/index.js';
import { bindInput } from '../../src/media/index.js';
import { parseDraft } from '../../src/model/upgrade.js';
import { errorAnswer } from '../../src/server/envelope.js';
import { photo } from '../analyse/fixtures.js';
import { joy } from '../helpers/cli.js';
import { makePhoto, tempDir } from '../helpers/media.js';
import { Client, serve } from '../server/helpers.js';

/** Chinese characters, and no English sentence left over (names, numbers and paths may stay). */
const CHINESE = /[\u3400-\u9fff]/;
const ENGLISH_SENTENCE = /\b(the|is|not|a|an|to|and|of|it|Joy accepts)\b [a-z]+ [a-z]+/;

function assertChinese(text: string | undefined, what: string): void {
  assert.ok(text, `${what}: no text`);
  assert.match(text, CHINESE, `${what}: ${text}`);
  assert.doesNotMatch(text, ENGLISH_SENTENCE, `${what}: English left in ${text}`);
}

async function refusal(work: () => unknown): Promise<JoyError> {
  try {
    await work();
  } catch (error) {
    assert.ok(isJoyError(error), String(error));
    return error;
  }
  assert.fail('expected a refusal');
}

const dir = tempDir();

test('a file that is not a photo is refused in Chinese, with its hint, and in the same English as before', async () => {
  const notes = join(dir, 'notes.jpg');
  writeFileSync(notes, 'shopping list: eggs, milk, bread\n'.repeat(20));
  const error = await refusal(() => sniffFile(notes));
  assert.equal(error.code, 'unsupported_type');
  assert.match(
    error.message,
    /^notes\.jpg is a text file, not a photo, video or audio file\. Joy accepts photos/,
  );
  assertChinese(error.messageIn('zh'), 'not a photo');
  assert.match(error.messageIn('zh'), /notes\.jpg 是 文本文件，不是照片、视频或音频文件。Joy 支持照片（JPG/);

  const pdf = join(dir, 'report.jpg');
  writeFileSync(pdf, Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(2000, 32)]));
  const refusedPdf = await refusal(() => sniffFile(pdf));
  assert.equal(refusedPdf.hint, 'Export the pages you want as JPG or PNG images and add those.');
  assertChinese(refusedPdf.messageIn('zh'), 'a PDF');
  assertChinese(refusedPdf.hintIn('zh'), 'the PDF hint');
  assert.match(refusedPdf.messageIn('zh'), /PDF 文档/);
});

test('a draft from a newer Joy is refused in Chinese, hint included, over HTTP too', async () => {
  const error = await refusal(() => parseDraft({ v: 999, t: [] }));
  assert.equal(error.message, 'This draft is version 999, newer than this Joy understands (1).');
  assertChinese(error.messageIn('zh'), 'draft too new');
  assertChinese(error.hintIn('zh'), 'draft too new hint');
  const answer = errorAnswer(error, 'zh');
  assert.equal(answer.body.message, error.messageIn('zh'));
  assert.equal(answer.body.data?.hint, '请升级 Joy 后再打开。');
  assert.equal(errorAnswer(error, 'en').body.data?.hint, 'Update Joy to open it.');
});

describe('the service refuses in the language of the request', () => {
  let server: Awaited<ReturnType<typeof serve>>;
  let client: Client;
  let session: string;
  before(async () => {
    server = await serve({ resolver: async () => [{ address: '10.0.0.7', family: 4 }] });
    client = await new Client(server.url).login();
    session = await client.session();
  });
  after(async () => {
    await server.close();
  });
  const chinese = { 'accept-language': 'zh-CN,zh;q=0.9,en;q=0.8' };

  test('a URL upload to a private address: refused in Chinese, hint in Chinese; English without the header', async () => {
    const body = { urls: ['http://photos.example.com/a.jpg'], source_type: 'url' };
    const path = `/api/upload-video/nemo_agent/me/${session}`;
    const zh = await client.call('POST', path, body, chinese);
    assert.equal(zh.status, 400);
    assertChinese(zh.message, 'URL refusal');
    assert.match(
      zh.message,
      /拒绝获取 http:\/\/photos\.example\.com\/a\.jpg：photos\.example\.com 解析到 10\.0\.0\.7/,
    );
    assertChinese(String(zh.data.hint), 'URL refusal hint');
    const en = await client.call('POST', path, body);
    assert.match(en.message, /^Refused to fetch .*resolves to 10\.0\.0\.7, which is not a public address\.$/);
    assert.match(String(en.data.hint), /^Only public http\(s\) addresses/);
  });

  test('an uploaded text file: refused in Chinese as not a photo', async () => {
    const form = new FormData();
    form.append('files', new Blob(['just some words\n'.repeat(40)], { type: 'image/jpeg' }), 'words.jpg');
    const answer = await client.call('POST', `/api/upload-video/nemo_agent/me/${session}`, form, chinese);
    assert.equal(answer.status, 415);
    assertChinese(answer.message, 'upload refusal');
    assert.match(answer.message, /words\.jpg 是 文本文件，不是照片/);
  });
});

test('the joy command says its errors and lines in the language of JOY_LANG, else the locale', async () => {
  const missing = join(dir, 'missing.json');
  const render = await joy(['render', missing], { env: { JOY_LANG: 'zh' } });
  assert.equal(render.code, 1);
  assert.match(render.stderr, /^joy: 读不了草稿文件 .*missing\.json。/m);

  const photo = await makePhoto(join(dir, 'one.jpg'), { width: 64, height: 48 });
  const make = await joy(['make', photo, '--aspect', '7:3', '--no-render', '--no-analyse'], {
    env: { JOY_LANG: '', LC_ALL: '', LC_MESSAGES: '', LANG: 'zh_CN.UTF-8' },
  });
  assert.equal(make.code, 1);
  const refused = /^joy: (.*)$/m.exec(make.stderr)?.[1];
  assertChinese(refused, 'joy make refusal');
  assert.match(String(refused), /^--aspect 必须是 9:16, .* 之一（收到的是 "7:3"）。$/);

  const edit = await joy(['edit', missing, 'make it 9:16'], { env: { JOY_LANG: 'zh-CN' } });
  assert.equal(edit.code, 1);
  assert.match(edit.stderr, /^joy: 读不了草稿文件/m);

  // A file `joy edit --media` cannot use is skipped with a warning in the same language.
  const notes = join(dir, 'list.jpg');
  writeFileSync(notes, 'shopping list: eggs, milk, bread\n'.repeat(20));
  const skipped = await joy(['edit', join(dir, 'new.json'), '--new', '--media', notes, '--', '9:16'], {
    env: { JOY_LANG: 'zh' },
  });
  assert.equal(skipped.code, 0, skipped.stderr);
  assert.match(skipped.stderr, /^警告：已跳过 list\.jpg：list\.jpg 是 文本文件，不是照片/m);
  assert.match(skipped.stderr, /^已保存 .*new\.json$/m);

  const music = await joy(['music', 'no-such-track'], { env: { JOY_LANG: 'zh' } });
  assert.match(music.stderr, /^joy: 没有名为 "no-such-track" 的曲目。\n {5}可选：/);
  const list = await joy(['music'], { env: { JOY_LANG: 'zh' } });
  assert.match(list.stdout, /^音乐库（\d+ 首/);

  // What it made and what a draft holds, said in Chinese too.
  const draftFile = join(dir, 'one.json');
  const made = await joy(['make', photo, '--no-render', '--no-analyse', '--save-draft', draftFile], {
    env: { JOY_LANG: 'zh' },
  });
  assert.equal(made.code, 0, made.stderr);
  assert.match(
    made.stderr,
    /^时间线（1 条轨道，\d+×\d+ [\d:]+，30 fps）：1\. 视频：1 张照片（0-[\d.]+秒）$/m,
  );
  assert.match(made.stderr, /^草稿已保存到 .*one\.json$/m);
  const inspected = await joy(['inspect', draftFile], { env: { JOY_LANG: 'zh' } });
  assert.match(inspected.stdout, /^时间线（1 条轨道/);
  assert.match(inspected.stdout, /^ {2}总长 [\d.]+s$/m);
  const inspectedEn = await joy(['inspect', draftFile]);
  assert.match(
    inspectedEn.stdout,
    /^Timeline \(1 track, \d+×\d+ [\d:]+, 30 fps\): 1\. Video: 1 photo \(0-[\d.]+s\)$/m,
  );

  // English stays the default, and JOY_LANG wins over the locale.
  const english = await joy(['render', missing], { env: { JOY_LANG: 'en', LANG: 'zh_CN.UTF-8' } });
  assert.match(english.stderr, /^joy: Cannot read the draft file .*missing\.json\./m);
});

test('joy make says its progress, curation and skipped lines in the language of JOY_LANG', async () => {
  const photos = join(dir, 'make-zh');
  mkdirSync(photos);
  await sharp(photo('coffee')).blur(6).jpeg({ quality: 90 }).toFile(join(photos, 'coffee-blurred.jpg'));
  writeFileSync(join(photos, 'notes.jpg'), 'shopping list: eggs, milk, bread\n'.repeat(20));
  const made = await joy(['make', photos, '--no-render', '--save-draft', join(dir, 'make-zh.json')], {
    env: { JOY_LANG: 'zh', JOY_CACHE_DIR: join(dir, 'cache') },
  });
  assert.equal(made.code, 0, made.stderr);
  const text = made.stdout + made.stderr;
  assert.match(text, /^已在后台进程分析 1 张照片（每张中位数 \d+ 毫秒；读完文件后等了 \d+ 毫秒）$/m);
  assert.match(text, /^coffee-blurred\.jpg 看起来模糊；已保留——加上 --drop-flagged 可去掉这类照片$/m);
  assert.match(text, /^警告：已跳过 notes\.jpg：notes\.jpg 是 文本文件，不是照片/m);
  assert.doesNotMatch(text, /Analysed|looks blurred|skipped/);
});

test('a sound, a clip or a photo Joy cannot read is refused in Chinese, in the same English as before', async () => {
  const notes = join(dir, 'song.mp3');
  writeFileSync(notes, 'la la la\n'.repeat(40));
  const refused = await refusal(() => bindInput(notes));
  assert.equal(refused.message, 'song.mp3 is not a video or audio file that Joy reads.');
  assert.equal(refused.messageIn('zh'), 'song.mp3 不是 Joy 能读的视频或音频文件。');
  assertChinese(refused.hintIn('zh'), 'not audio hint');

  const report = curate([{ phash: '0000000000000000', sharpness: 3, width: 640, height: 480 }], {
    lang: 'zh',
  });
  assert.equal(report.reasons[0], '第 1 张照片：主体看起来模糊（清晰度 3，低于 40）。');
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { catalog } from '../../src/catalog/index.js';
import { translator } from '../../src/messages/index.js';
import { commandSchema } from '../../src/model/commands.js';
import { emptyDraft, toWire } from '../../src/model/index.js';
import {
  ApiError,
  errorSentence,
  parseEnvelope,
  readCredits,
  readExports,
  readRenderJob,
} from '../../web/src/lib/api-core.js';
import { decodeDraft } from '../../web/src/lib/draft.js';
import { moveEdit, musicEdits, photoEdits, textEdits } from '../../web/src/lib/edits.js';
import { effectChoices } from '../../web/src/lib/effects-catalog.js';
import { exportShelf, pollDelay, pollStep } from '../../web/src/lib/exports.js';
import {
  FrameStats,
  frameAt,
  frameToShow,
  musicOffsetSeconds,
  playStep,
  prefetchTargets,
  previewHeight,
} from '../../web/src/lib/preview-plan.js';
import { computePeaks, segmentPeaks } from '../../web/src/lib/waveform.js';

const en = translator('en');
const zh = translator('zh');

const draft = decodeDraft({
  schema: 'joy.draft',
  v: 1,
  w: 1920,
  h: 1080,
  fps: 30,
  t: [
    {
      tt: 0,
      sg: [
        {
          id: 'a',
          src: { u: 'asset:1', k: 'image' },
          d: 2000,
          mo: { n: 'zoom-in' },
          fit: { n: 'blur' },
          tr: { n: 'crossfade', d: 500 },
        },
        { id: 'b', src: { u: 'asset:2', k: 'image' }, d: 2000, mo: { n: 'static' }, fit: { n: 'blur' } },
      ],
    },
    { tt: 1, sg: [{ id: 'm', src: { u: 'asset:3', k: 'audio' }, vol: 0.35 }] },
    { tt: 7, sg: [{ id: 't', text: 'Road Trip', st: 0, d: 3000, role: 'title', pos: 'center' }] },
  ],
  m: {},
})!;

test('decodeDraft: the studio decodes what toWire writes, identically', () => {
  const original = emptyDraft({ aspect: '9:16' });
  assert.deepEqual(decodeDraft(toWire(original)), original);
  assert.deepEqual(decodeDraft(original), original, 'readable drafts pass through');
  assert.equal(decodeDraft(null), undefined);
  assert.equal(
    decodeDraft({ t: [{ tt: 99, sg: [] }] }),
    undefined,
    'unknown track types are refused, not guessed',
  );
});

test('edits: settings become only the commands that change something, and they validate', () => {
  assert.deepEqual(
    photoEdits(draft, 0, { durationSeconds: 2, motion: 'zoom-in', transition: 'crossfade' }),
    [],
  );
  const commands = photoEdits(draft, 0, {
    durationSeconds: 2.5,
    motion: 'pan-left',
    transition: 'fade-black',
  });
  assert.deepEqual(commands, [
    { type: 'setSegmentDuration', durationMs: 2500, index: 0 },
    { type: 'setMotion', name: 'pan-left', index: 0 },
    { type: 'setTransition', name: 'fade-black', index: 0 },
  ]);
  assert.deepEqual(
    photoEdits(draft, 1, { durationSeconds: 2, motion: 'static', transition: 'crossfade' }),
    [],
    'the last photo has no transition to set',
  );
  assert.deepEqual(
    textEdits(draft, 0, { text: 'Road Trip', startSeconds: 0, durationSeconds: 3, position: 'center' }),
    [],
  );
  const text = textEdits(draft, 0, {
    text: ' Summer ',
    startSeconds: 0.5,
    durationSeconds: 3,
    position: 'top',
  });
  assert.deepEqual(text, [{ type: 'updateText', id: 't', text: 'Summer', startMs: 500, position: 'top' }]);
  assert.deepEqual(musicEdits(draft, 35), []);
  assert.deepEqual(musicEdits(draft, 80), [{ type: 'setMusicVolume', volume: 0.8 }]);
  for (const command of [...commands, ...text, moveEdit(0, 1), ...musicEdits(draft, 80)]) {
    assert.ok(commandSchema.safeParse(command).success, JSON.stringify(command));
  }
});

test('preview plan: frame numbers, 10 fps steps, prefetch and what to show', () => {
  assert.equal(frameAt(0, 30, 105), 0);
  assert.equal(frameAt(1000, 30, 105), 30);
  assert.equal(frameAt(99_999, 30, 105), 104);
  assert.equal(playStep(30), 3);
  assert.equal(playStep(24), 2);
  assert.equal(playStep(5), 1);
  const have = new Set([0, 3]);
  assert.deepEqual(
    prefetchTargets(1, 100, 3, 5, (f) => have.has(f), 10),
    [6, 9, 12],
  );
  assert.deepEqual(
    prefetchTargets(1, 100, 3, 5, (f) => have.has(f), 2),
    [6, 9],
  );
  assert.deepEqual(
    prefetchTargets(95, 100, 3, 5, () => false, 10),
    [93, 96, 99],
  );
  assert.equal(
    frameToShow(5, (f) => have.has(f)),
    3,
  );
  assert.equal(
    frameToShow(50, (f) => have.has(f), 10),
    undefined,
  );
  assert.equal(previewHeight(300, 1), 360);
  assert.equal(previewHeight(300, 2), 720);
  assert.equal(previewHeight(2000, 3), 720);
  const stats = new FrameStats();
  stats.add(100, 40);
  stats.add(50, undefined);
  assert.equal(stats.meanMs, 75);
  assert.equal(stats.serverMeanMs, 40);
});

test('preview plan: where the music is, with trim and loop', () => {
  const music = { startMs: 1000, trimStartMs: 500, loop: true };
  assert.equal(musicOffsetSeconds(500, music, 10_000), undefined);
  assert.equal(musicOffsetSeconds(1000, music, 10_000), 0.5);
  assert.equal(musicOffsetSeconds(3000, music, 10_000), 2.5);
  assert.equal(
    musicOffsetSeconds(11_000, music, 10_000),
    0.5,
    'later passes start at the beginning of the file',
  );
  assert.equal(musicOffsetSeconds(11_000, { ...music, loop: false }, 10_000), undefined);
});

test('waveform: peaks per bucket, and per timeline segment with looping', () => {
  const samples = new Float32Array(1000);
  samples[10] = 0.5;
  samples[510] = -0.9;
  const peaks = computePeaks([samples, new Float32Array(1000).fill(0.1)], 2);
  assert.deepEqual(
    [...peaks].map((p) => Number(p.toFixed(2))),
    [0.5, 0.9],
  );
  assert.equal(computePeaks([], 4).length, 4);
  const source = new Float32Array([0.2, 1]);
  // A 1 s file shown for 2 s: the loop repeats the pattern.
  const bars = segmentPeaks(source, 1000, 0, 2000, true, 4);
  assert.deepEqual(
    [...bars].map((p) => Number(p.toFixed(1))),
    [0.2, 1, 0.2, 1],
  );
  const once = segmentPeaks(source, 1000, 0, 2000, false, 4);
  assert.deepEqual(
    [...once].map((p) => Number(p.toFixed(1))),
    [0.2, 1, 0, 0],
  );
});

test('api: envelopes, errors as sentences in both languages, never raw JSON', () => {
  assert.deepEqual(parseEnvelope(200, '{"code":0,"message":"ok","data":{"a":1}}'), { a: 1 });
  assert.throws(
    () => parseEnvelope(415, '{"code":4001,"message":"Unsupported file type.","data":null}'),
    ApiError,
  );
  const sentence = (status: number, body: string, name?: string, t = en) => {
    try {
      parseEnvelope(status, body, '30');
    } catch (error) {
      return errorSentence(error, t, name);
    }
    return 'no error';
  };
  // Without a sentence from the server the studio says what the status tells, and no more.
  assert.equal(
    sentence(415, '{"code":4001,"message":"","data":null}', 'notes.txt'),
    'notes.txt is not a photo, clip or music file Joy can use.',
  );
  assert.equal(
    sentence(413, '<html>413 Request Entity Too Large</html>', 'big.mov'),
    'big.mov is too large for Joy. Compress, trim or resize it, then try again.',
  );
  assert.equal(
    sentence(413, '{"code":4002,"message":"","data":null}', 'big.mov', zh),
    'big.mov 太大了，Joy 收不下。请压缩、剪短或缩小后重试。',
  );
  assert.equal(
    sentence(429, '{"code":429,"message":"x","data":null}'),
    'Too many requests right now. Try again in 30 seconds.',
  );
  assert.equal(
    sentence(404, '{"code":1002,"message":"Session not found.","data":null}'),
    'This project no longer exists. Start a new project.',
  );
  assert.equal(
    sentence(400, '{"code":400,"message":"There is no segment 9.","data":{}}'),
    'There is no segment 9.',
  );
  assert.equal(
    sentence(400, '{"code":400,"message":"Invalid edit: durationMs: too small","data":{}}'),
    'Invalid edit: durationMs: too small.',
  );
  assert.equal(sentence(500, '<html>Bad gateway</html>'), 'The server had a problem. Try again in a moment.');
  assert.equal(
    sentence(500, '{"code":500,"message":"{\\"raw\\":true}","data":null}'),
    'The server had a problem. Try again in a moment.',
  );
  assert.equal(
    errorSentence(new TypeError('Failed to fetch'), en),
    'Joy could not be reached. Check the connection and try again.',
  );
  assert.equal(errorSentence(new ApiError(0, 0, 'network error'), zh), '无法连接到 Joy。请检查网络后重试。');
});

test('api: an upload refused by the server shows its own reason and hint, not a guess', () => {
  const refusal = (status: number, message: string, data: unknown, name: string, t = en) => {
    try {
      parseEnvelope(status, JSON.stringify({ code: status === 413 ? 4002 : 4001, message, data }));
    } catch (error) {
      return errorSentence(error, t, name);
    }
    return 'no error';
  };
  // 2.6 MB on disk, but 900 megapixels: the 413 is about pixels, not bytes.
  assert.equal(
    refusal(
      413,
      'bomb.png is 30000×30000 pixels (900 megapixels); Joy accepts photos up to 200 megapixels.',
      { error: 'image_too_large', hint: 'Resize it to a smaller size and add it again.', file: 'bomb.png' },
      'bomb.png',
    ),
    'bomb.png is 30000×30000 pixels (900 megapixels); Joy accepts photos up to 200 megapixels. Resize it to a smaller size and add it again.',
  );
  assert.equal(
    refusal(415, 'empty.jpg is empty (0 bytes).', { error: 'empty_file' }, 'empty.jpg'),
    'empty.jpg is empty (0 bytes).',
  );
  assert.equal(
    refusal(
      415,
      'cut.jpg 看起来是 JPEG 照片，但已损坏或不完整，Joy 读不了。',
      { hint: '请在设备上打开它重新保存或导出，或者添加原始文件。' },
      'cut.jpg',
      zh,
    ),
    'cut.jpg 看起来是 JPEG 照片，但已损坏或不完整，Joy 读不了。 请在设备上打开它重新保存或导出，或者添加原始文件。',
  );
  // A reason that does not name the file is said about it.
  assert.equal(
    refusal(413, 'The upload is 300 MB; one upload may carry up to 250 MB.', {}, 'long.mov'),
    'long.mov could not be uploaded. The upload is 300 MB; one upload may carry up to 250 MB.',
  );
  assert.equal(
    errorSentence(new ApiError(0, 0, 'network error'), en, 'a.jpg'),
    'Joy could not be reached. Check the connection and try again.',
  );
});

test('api: jobs, exports, credits and the effect catalog are read tolerantly', () => {
  assert.deepEqual(readRenderJob({ id: 'r1', status: 'rendering', progress: 0.42 }), {
    id: 'r1',
    status: 'rendering',
    progress: 0.42,
    url: undefined,
    error: undefined,
    waitingForWorker: false,
  });
  assert.equal(
    readRenderJob({ id: 'r1', status: 'queued', waiting_for_worker: true }).waitingForWorker,
    true,
  );
  assert.equal(readRenderJob({ id: 'r1', status: 'completed', output: { url: '/x.mp4' } }).url, '/x.mp4');
  assert.equal(readRenderJob({ id: 'r1', status: 'completed' }).progress, 1);
  assert.equal(
    readRenderJob({ status: 'failed', error: { message: 'ffmpeg exited' } }).error,
    'ffmpeg exited',
  );
  // Finished exports with their file facts, running ones with their progress, each file once.
  assert.deepEqual(
    readExports([
      { id: 'a', status: 'completed', output: { url: '/a.mp4', size_bytes: 2048, duration_ms: 6000 } },
      { id: 'b', status: 'rendering', progress: 0.28 },
      { status: 'completed', output: { url: '/c.mp4?x=1' } },
      { id: 'd', status: 'completed' },
      { id: 'e', status: 'completed', output: { url: '/a.mp4' } },
    ]).map((e) => [e.id, e.status, e.progress, e.name, e.sizeBytes, e.durationMs]),
    [
      ['a', 'completed', 1, 'a.mp4', 2048, 6000],
      ['b', 'rendering', 0.28, 'video.mp4', undefined, undefined],
      ['export-2', 'completed', 1, 'c.mp4', undefined, undefined],
    ],
  );
  assert.deepEqual(readCredits({ available: 100, frozen: 0, total: 100 }), {
    available: 100,
    frozen: 0,
    total: 100,
  });
  assert.equal(readCredits({}), undefined);
  // The studio offers exactly the catalogue's motions and transitions, so it never offers a refused name.
  const choices = effectChoices('en');
  assert.deepEqual(
    choices.motions.map((c) => c.name),
    catalog.motions.names(),
  );
  assert.deepEqual(
    choices.transitions.map((c) => c.name),
    catalog.transitions.names(),
  );
  assert.equal(choices.transitions.find((c) => c.name === 'fade-black')?.title, 'Fade through black');
  // …named in the studio's language.
  assert.equal(effectChoices('zh').transitions.find((c) => c.name === 'fade-black')?.title, '黑场过渡');
});

test('export poll: a queue that does not answer for a while is not a failed render', () => {
  const unreachable = () =>
    parseEnvelope(
      503,
      JSON.stringify({
        code: 503,
        message: 'The render queue is unreachable (Redis does not answer); try again in a moment.',
        data: { error: 'unavailable' },
      }),
    );
  const errorOf = (call: () => unknown) => {
    try {
      call();
    } catch (error) {
      return error;
    }
    return undefined;
  };
  const rendering = { id: 'r1', status: 'rendering' as const, progress: 0.4 };
  // Redis paused mid-render: the panel keeps the progress it had, says it is still trying, and reads again.
  const paused = pollStep('r1', rendering, { error: errorOf(unreachable) }, en);
  assert.equal(paused.finished, false);
  assert.equal(paused.missed, true);
  assert.deepEqual(paused.job, { ...rendering, unreachable: true });
  const offline = pollStep('r1', paused.job, { error: new ApiError(0, 0, 'network error') }, en);
  assert.equal(offline.finished, false);
  assert.equal(offline.job.status, 'rendering');
  assert.equal(pollStep('r1', undefined, { error: new TypeError('Failed to fetch') }, en).finished, false);
  // Reads back off while unanswered (1 s, 2 s, then every 5 s) and go back to every second after.
  assert.deepEqual([0, 1, 2, 3, 9].map(pollDelay), [1000, 1000, 2000, 5000, 5000]);
  // The render completed meanwhile: shown as done, no longer "still trying".
  const done = pollStep(
    'r1',
    offline.job,
    { answer: { id: 'r1', status: 'completed', output: { url: '/v.mp4' } } },
    en,
  );
  assert.equal(done.finished, true);
  assert.equal(done.job.status, 'completed');
  assert.equal(done.job.url, '/v.mp4');
  assert.ok(!done.job.unreachable);
  // Only the job's own status is a failure, and a render that is not there at all.
  const failed = pollStep('r1', rendering, { answer: { id: 'r1', status: 'failed', error: 'x' } }, en);
  assert.equal(failed.finished, true);
  assert.equal(failed.job.status, 'failed');
  const gone = pollStep(
    'r1',
    rendering,
    { error: errorOf(() => parseEnvelope(404, '{"code":404,"message":"No render r1.","data":{}}')) },
    en,
  );
  assert.deepEqual([gone.finished, gone.job.status, gone.job.error], [true, 'failed', 'No render r1.']);
  assert.equal(en('export.unreachable'), "Can't reach the render queue right now; still trying…");
  assert.equal(zh('export.unreachable'), '暂时连不上渲染队列，正在继续尝试…');
});

test('export panel: an earlier video is not shown as ready while a newer export runs or failed', () => {
  const exports = [
    { id: 'a', status: 'completed' as const, progress: 1, url: '/a.mp4', name: 'a.mp4' },
    { id: 'b', status: 'completed' as const, progress: 1, url: '/b.mp4', name: 'b.mp4' },
  ];
  const idle = exportShelf(undefined, exports);
  assert.equal(idle.latest?.id, 'b');
  assert.deepEqual(
    idle.earlier.map((item) => [item.id, item.n]),
    [['a', 1]],
  );
  for (const status of ['queued', 'rendering', 'failed', 'canceled'] as const) {
    const shelf = exportShelf({ id: 'c', status, progress: 0.5 }, exports);
    assert.equal(shelf.latest, undefined, status);
    assert.deepEqual(
      shelf.earlier.map((item) => item.id),
      ['b', 'a'],
      status,
    );
  }
  // Just finished: its own video, before the state lists it, then with the server's facts.
  const finished = { id: 'c', status: 'completed' as const, progress: 1, url: '/c.mp4' };
  assert.equal(exportShelf(finished, exports).latest?.url, '/c.mp4');
  const listed = [...exports, { ...finished, name: 'c.mp4', sizeBytes: 2048 }];
  assert.equal(exportShelf(finished, listed).latest?.sizeBytes, 2048);
  assert.deepEqual(
    exportShelf(finished, listed).earlier.map((item) => item.id),
    ['b', 'a'],
  );
});

test('export: waiting for a worker is worded for a render that had already started, too', () => {
  assert.equal(
    en('export.noWorker'),
    'Waiting for a render worker: none is running now. The export goes on when one starts.',
  );
  assert.equal(zh('export.noWorker'), '正在等待渲染进程：现在没有一个在运行。有进程启动后，导出会自动继续。');
});

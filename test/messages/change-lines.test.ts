import assert from 'node:assert/strict';
import { test } from 'node:test';
import { libraryTrackRef, TRACKS } from '../../src/catalog/music.js';
import { JoyError } from '../../src/errors.js';
import { AREAS, en, type MessageKey, readPhrase, sayPhrase, zh } from '../../src/messages/index.js';
import {
  applyCommand,
  type Change,
  COMMAND_TYPES,
  type CommandType,
  changeText,
  type Draft,
  emptyDraft,
  type MediaRef,
} from '../../src/model/index.js';

const photo = (n: number, takenAt?: string): MediaRef => ({
  uri: `asset:m_${n}`,
  kind: 'image',
  name: `p${n}.jpg`,
  width: 640,
  height: 480,
  ...(takenAt ? { takenAt } : {}),
});
const song: MediaRef = {
  uri: 'asset:m_song',
  kind: 'audio',
  name: 'lofi.wav',
  durationMs: 20_000,
  beatsMs: Array.from({ length: 40 }, (_, k) => 500 * k),
};

/** One command of every type (some twice, for their other line), applied in this order. */
const COMMANDS: { type: CommandType; [key: string]: unknown }[] = [
  { type: 'addMedia', media: [photo(1, '2024-05-02T10:00:00Z'), photo(2, '2024-05-01T10:00:00Z'), photo(3)] },
  { type: 'addMedia', media: [photo(4)] },
  { type: 'setAspect', aspect: '9:16' },
  { type: 'setResolution', resolution: '720p' },
  { type: 'setCanvas', width: 1280, height: 720 },
  { type: 'setFps', fps: 25 },
  { type: 'applyPreset', preset: 'square' },
  { type: 'applyPreset', preset: 'instagram-feed' },
  { type: 'setBackground', color: '#112233' },
  { type: 'setDuration', totalMs: 12_000 },
  { type: 'setSegmentDuration', durationMs: 2500 },
  { type: 'setSegmentDuration', durationMs: 2000, index: 1 },
  { type: 'setTransition', name: 'crossfade', durationMs: 600 },
  { type: 'setTransition', name: 'slide-left', index: 0 },
  { type: 'setTransition', name: 'cut', index: 1 },
  { type: 'setTransition', name: 'cut' },
  { type: 'setMotion', name: 'zoom-in' },
  { type: 'setMotion', name: 'pan-left', index: 2 },
  { type: 'setFit', name: 'cover' },
  { type: 'setFit', name: 'blur', index: 0 },
  { type: 'setLook', name: 'warm' },
  { type: 'setLook', name: 'none' },
  { type: 'addText', text: 'Road Trip', role: 'title' },
  { type: 'addText', text: 'Day one', role: 'caption', segmentIndex: 1 },
  { type: 'addText', text: 'The end', role: 'end-card' },
  { type: 'updateText', index: 1, text: 'Day 1' },
  { type: 'removeText', role: 'end-card' },
  { type: 'removeText', index: 0 },
  { type: 'removeText', all: true },
  { type: 'moveSegment', from: 0, to: 2 },
  { type: 'swapSegments', a: 0, b: 1 },
  { type: 'reverseSegments' },
  { type: 'sortByDate', order: 'newest-first' },
  { type: 'sortByDate' },
  { type: 'removeSegment', index: 3 },
  { type: 'setMusic', media: song },
  { type: 'setMusicVolume', volume: 0.5 },
  { type: 'setMusicFade', fadeInMs: 500, fadeOutMs: 1500 },
  { type: 'setMusicFade', fadeInMs: 1000 },
  { type: 'setMusicFade', fadeOutMs: 2000 },
  { type: 'setMusicFade' },
  { type: 'setVideoFade', inMs: 1000, outMs: 1500 },
  { type: 'setVideoFade', outMs: 2000, color: '#ffffff' },
  { type: 'setVideoFade', inMs: 0 },
  { type: 'setLoudness', normalize: true },
  { type: 'setLoudness', normalize: false },
  { type: 'syncToBeats', beatsPerPhoto: 4 },
  { type: 'setMeta', key: 'client', value: 'test' },
  { type: 'removeMusic' },
  { type: 'setMusic', media: libraryTrackRef(TRACKS[0]!) },
  { type: 'applyStyle', style: 'travel-vlog' },
  { type: 'applyStyle', style: 'memorial', keepMusic: true },
];

/** Commands each refused for a reason the catalogue says, from an empty draft or the finished one. */
const REFUSED: { empty: boolean; command: { type: CommandType; [key: string]: unknown } }[] = [
  { empty: true, command: { type: 'removeSegment', index: 0 } },
  { empty: false, command: { type: 'removeSegment', index: 8 } },
  { empty: true, command: { type: 'setDuration', totalMs: 5000 } },
  { empty: false, command: { type: 'setDuration', totalMs: 1000 } },
  { empty: true, command: { type: 'setTransition', name: 'crossfade' } },
  { empty: false, command: { type: 'setTransition', name: 'crossfade', index: 3 } },
  { empty: true, command: { type: 'updateText', text: 'x' } },
  { empty: false, command: { type: 'removeText', id: 't_nope' } },
  { empty: false, command: { type: 'removeText', index: 4 } },
  { empty: false, command: { type: 'removeText', role: 'end-card' } },
  { empty: true, command: { type: 'applyStyle', style: 'birthday' } },
  { empty: true, command: { type: 'setMusicVolume', volume: 0.3 } },
  { empty: true, command: { type: 'removeMusic' } },
  { empty: true, command: { type: 'syncToBeats' } },
];

/** Words in Latin letters left once what people named (file names, typed texts) and units are taken out. */
function english(line: string): string[] {
  const stripped = line
    .replace(/“[^”]*”/g, '')
    .replace(/\b[\w-]+\.(jpg|wav)\b/g, '')
    .replace(/\b(fps|LUFS|BPM|Instagram|YouTube|TikTok|Reels|Shorts|client|asset|t_nope)\b/g, '');
  return stripped.match(/[A-Za-z]{2,}/g) ?? [];
}

const CJK = /[\u3400-\u9fff]/;

test('change lines: every change key has a Chinese entry that is Chinese', () => {
  const keys = Object.keys(AREAS.changes.en).filter((key) => key.startsWith('change.')) as MessageKey[];
  assert.ok(keys.length > 40, `${keys.length} change keys`);
  for (const key of keys) {
    assert.ok(key in zh, `${key} has no Chinese`);
    assert.notDeepEqual(zh[key], en[key], `${key} is the English copied`);
    const forms = typeof zh[key] === 'string' ? [zh[key]] : Object.values(zh[key]);
    for (const form of forms) assert.match(form as string, CJK, key);
  }
});

test('change lines: every command type says its change in Chinese, with no English left', () => {
  assert.deepEqual(
    [...new Set(COMMANDS.map((command) => command.type))].sort(),
    [...COMMAND_TYPES].sort(),
    'the table covers every command type',
  );
  let draft: Draft = emptyDraft();
  const said: { type: string; change: Change; en: string; zh: string }[] = [];
  for (const command of COMMANDS) {
    const applied = applyCommand(draft, command);
    draft = applied.draft;
    // The change travels as JSON (the API, the transcript) and is said from what arrives.
    const arrived = readPhrase(JSON.parse(JSON.stringify(applied.change)));
    assert.ok(arrived, `${command.type}: the phrase survives JSON`);
    said.push({
      type: command.type,
      change: applied.change,
      en: changeText(applied.change),
      zh: sayPhrase('zh', arrived),
    });
  }
  const leftovers = said.filter((line) => !CJK.test(line.zh) || english(line.zh).length > 0);
  assert.deepEqual(
    leftovers.map((line) => `${line.type}: ${line.zh}`),
    [],
  );
  // English is what the CLI and the API have always said, effect names now as the catalogue titles them.
  const byType = (type: string) => said.filter((line) => line.type === type);
  assert.equal(byType('setAspect')[0]!.en, 'Aspect → 9:16 (1080×1920)');
  assert.equal(byType('setAspect')[0]!.zh, '画面比例改为 9:16（1080×1920）');
  assert.equal(byType('setTransition')[0]!.en, 'Transition → Crossfade 0.6s (all)');
  assert.equal(byType('setTransition')[0]!.zh, '转场改为叠化（淡入淡出） 0.6秒');
  assert.equal(byType('setMusicVolume')[0]!.en, 'Music volume → 50%');
  assert.equal(byType('setMusicVolume')[0]!.zh, '音乐音量改为 50%');
  assert.match(
    byType('syncToBeats')[0]!.en,
    /^Synced to the beat: \d+ cuts on beats \(4 beats per photo at 120 BPM/,
  );
  assert.match(byType('setMusic')[1]!.zh, new RegExp(`《${TRACKS[0]!.titleZh}》`));
  assert.match(byType('applyStyle')[0]!.en, /^Style → Travel vlog \(/);
  assert.doesNotMatch(said.map((line) => line.en).join('\n'), /\{\w+\}/, 'every parameter filled');
  assert.doesNotMatch(said.map((line) => line.zh).join('\n'), /\{\w+\}/, 'every parameter filled');
});

test('change lines: a refused command says why in the catalogue, in both languages', () => {
  let full: Draft = emptyDraft();
  for (const command of COMMANDS.slice(0, 24)) full = applyCommand(full, command).draft;
  for (const { empty, command } of REFUSED) {
    let refused: unknown;
    try {
      applyCommand(empty ? emptyDraft() : full, command);
    } catch (error) {
      refused = error;
    }
    assert.ok(refused instanceof JoyError, `${command.type} is refused`);
    assert.ok(refused.phrase, `${command.type}: ${refused.message} comes from the catalogue`);
    assert.equal(refused.message, refused.messageIn('en'));
    const chinese = refused.messageIn('zh');
    assert.match(chinese, CJK, `${command.type}: ${chinese}`);
    assert.deepEqual(english(chinese), [], `${command.type}: ${chinese}`);
  }
});

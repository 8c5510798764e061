import assert from 'node:assert/strict';
import { test } from 'node:test';
import { libraryTrackRef, TRACKS } from '../../src/catalog/music.js';
import { STYLES } from '../../src/catalog/styles.js';
import { applyCommands } from '../../src/model/commands.js';
import { emptyDraft } from '../../src/model/new-draft.js';
import { localizeChange } from '../../web/src/lib/change-lines.js';

const photo = (n: number) => ({
  uri: `asset:m_${n}`,
  kind: 'image',
  name: `p${n}.jpg`,
  width: 640,
  height: 480,
});
const music = { uri: 'asset:m_song', kind: 'audio', name: 'lofi.wav', durationMs: 9000 };

/** Words left in Latin letters once names, quoted texts and units are taken out. */
function english(line: string): string[] {
  const stripped = line
    .replace(/“[^”]*”/g, '')
    .replace(/\b[\w-]+\.(jpg|wav)\b/g, '')
    .replace(/\b(fps|LUFS|vlog)\b/g, '');
  return stripped.match(/[A-Za-z]{2,}/g) ?? [];
}

test('change lines: every line the studio and chat commands write reads in Chinese', () => {
  const commands = [
    { type: 'addMedia', media: [photo(1), photo(2), photo(3)] },
    { type: 'setAspect', aspect: '9:16' },
    { type: 'setDuration', totalMs: 9000 },
    { type: 'setSegmentDuration', durationMs: 2000, index: 1 },
    { type: 'setSegmentDuration', durationMs: 1500 },
    { type: 'setTransition', name: 'crossfade' },
    { type: 'setTransition', name: 'slide-left', index: 0 },
    { type: 'setTransition', name: 'cut', index: 1 },
    { type: 'setMotion', name: 'zoom-in', index: 0 },
    { type: 'setMotion', name: 'pan-left' },
    { type: 'setFit', name: 'cover', index: 2 },
    { type: 'addText', text: 'Road Trip', role: 'title' },
    { type: 'addText', text: 'Day one', role: 'caption' },
    { type: 'updateText', index: 1, text: 'Day 1' },
    { type: 'setMusic', media: music },
    { type: 'setMusicVolume', volume: 0.5 },
    { type: 'setMusicFade', fadeInMs: 500, fadeOutMs: 1000 },
    { type: 'moveSegment', from: 0, to: 2 },
    { type: 'reverseSegments' },
    { type: 'swapSegments', a: 0, b: 1 },
    { type: 'setLook', name: 'warm' },
    { type: 'setLook', name: 'none' },
    { type: 'removeText', index: 1 },
    { type: 'removeSegment', index: 0 },
    { type: 'removeMusic' },
    { type: 'applyStyle', style: 'travel-vlog' },
    { type: 'setMusic', media: libraryTrackRef(TRACKS[0]!) },
    { type: 'applyStyle', style: 'memorial' },
  ];
  const names = Object.fromEntries([...TRACKS, ...STYLES].map((item) => [item.title, item.titleZh]));
  const lines: string[] = [];
  let draft = emptyDraft();
  for (const command of commands) {
    const applied = applyCommands(draft, [command]);
    draft = applied.draft;
    lines.push(...applied.changes);
  }
  lines.push('Undo → version 3', `Undid: ${lines[1]}`);
  const untranslated = lines
    .map((line) => [line, localizeChange(line, 'zh', names)] as const)
    .filter(([, zh]) => english(zh).length > 0);
  assert.deepEqual(untranslated, []);
  assert.equal(localizeChange('Music volume → 50%', 'zh'), '音乐音量 → 50%');
  assert.equal(localizeChange('Length → 12s', 'zh'), '时长 → 12 秒');
  assert.equal(localizeChange('Music volume → 50%', 'en'), 'Music volume → 50%');
});

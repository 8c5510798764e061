import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { detectBeats } from '../../src/analyse/beats.js';
import { libraryTrackRef, pickTrack, TRACKS, trackDurationMs } from '../../src/catalog/music.js';
import { STYLES } from '../../src/catalog/styles.js';
import { listTracks, renderTrackWav, resolveMusicUri, trackFile } from '../../src/music/index.js';
import { RECIPES } from '../../src/music/recipes.js';
import { effects } from '../../src/render/effects.js';
import { ffmpeg } from '../helpers/ffmpeg-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'joy-music-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('music library', () => {
  test('at least 12 tracks of 60–120 s, each with a recipe, moods in both languages and a beat grid', () => {
    assert.ok(TRACKS.length >= 12);
    assert.deepEqual(Object.keys(RECIPES).sort(), TRACKS.map((t) => t.id).sort());
    for (const track of listTracks()) {
      assert.ok(
        track.durationMs >= 60_000 && track.durationMs <= 120_000,
        `${track.id}: ${track.durationMs} ms`,
      );
      assert.ok(track.moods.en.length > 0 && track.moods.zh.length > 0);
      assert.equal(track.beatsMs.length, Math.round((track.durationMs / 60_000) * track.bpm), track.id);
      assert.ok(track.beatsMs.every((ms, k) => k === 0 || ms > track.beatsMs[k - 1]!));
    }
    const tempos = new Set(TRACKS.map((t) => Math.round(t.bpm / 20)));
    assert.ok(tempos.size >= 4, 'tempos spread from slow to fast');
  });

  test('a rendered track is a WAV of the catalogue length, loud like other audio, with the beat it says', async () => {
    const track = TRACKS.find((t) => t.id === 'sunday-morning')!;
    const path = trackFile(track.id, dir);
    const wav = readFileSync(path);
    assert.equal(wav.toString('ascii', 0, 4), 'RIFF');
    const seconds = wav.readUInt32LE(40) / 4 / 44_100;
    assert.ok(Math.abs(seconds * 1000 - trackDurationMs(track)) < 30, `${seconds} s`);
    // Integrated loudness measured by ffmpeg's EBU R128 meter.
    const meter = spawnSync(
      ffmpeg().path,
      ['-hide_banner', '-i', path, '-af', 'ebur128', '-f', 'null', '-'],
      {
        encoding: 'utf8',
      },
    );
    const lufs = Number(/I:\s+(-?[\d.]+) LUFS\s+Threshold/.exec(meter.stderr)?.[1]);
    assert.ok(lufs > -22 && lufs < -13, `integrated loudness ${lufs} LUFS`);
    // Joy's own beat tracker hears the tempo the grid claims.
    const heard = await detectBeats(path, { maxDurationMs: 40_000 });
    const ratio = heard.bpm / track.bpm;
    assert.ok(
      [0.5, 1, 2].some((r) => Math.abs(ratio - r) < 0.03),
      `heard ${heard.bpm} BPM, grid ${track.bpm}`,
    );
    // Reused, not rendered again; the music: uri resolves to the same file.
    assert.equal(trackFile(track.id, dir), path);
    assert.equal(resolveMusicUri(`music:${track.id}`, dir), path);
    assert.equal(resolveMusicUri('photos/a.jpg', dir), undefined);
    assert.throws(() => resolveMusicUri('music:nope', dir), /no library track/);
  });

  test('rendering is deterministic', () => {
    const hash = (buffer: Buffer) => createHash('sha1').update(buffer).digest('hex');
    assert.equal(hash(renderTrackWav('quiet-piano')), hash(renderTrackWav('quiet-piano')));
  });

  test('picking by mood and length; a media ref carries the grid', () => {
    assert.equal(pickTrack(['lo-fi']).id, 'lofi-drift');
    assert.equal(pickTrack(['浪漫']).id, 'first-dance');
    assert.notEqual(pickTrack(['lo-fi'], 0, { exclude: 'lofi-drift' }).id, 'lofi-drift');
    const up = pickTrack([], 0, { minEnergy: 0.3 });
    assert.ok(up.energy > 0.3);
    const ref = libraryTrackRef(TRACKS[0]!);
    assert.equal(ref.uri, 'music:lofi-drift');
    assert.equal(ref.beatsMs.length, TRACKS[0]!.bars * 4);
  });

  test('every style names effects that exist and a mood some track has', () => {
    for (const style of STYLES) {
      for (const motion of style.motions) assert.ok(effects.motions.has(motion), `${style.id}: ${motion}`);
      assert.ok(effects.transitions.has(style.transition.name), style.transition.name);
      assert.ok(effects.looks.has(style.look.name), style.look.name);
      assert.ok(effects.textStyles.has(style.text.style));
      assert.ok(effects.textAnimations.has(style.text.animation));
      assert.ok(
        TRACKS.some((t) => style.musicMoods.some((m) => t.moods.en.includes(m))),
        style.id,
      );
    }
  });
});

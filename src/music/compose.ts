import { BEATS_PER_BAR, type TrackDescriptor } from '../catalog/music.js';
import {
  type Drum,
  playDrum,
  playNote,
  SAMPLE_RATE,
  type Stereo,
  seeded,
  type Timbre,
} from './instruments.js';
import type { Recipe } from './recipes.js';

const SCALES = { major: [0, 2, 4, 5, 7, 9, 11], minor: [0, 2, 3, 5, 7, 8, 10] } as const;
/** Loudness every track is brought to before the mix normalises it again (RMS, about −18 dBFS). */
const TARGET_RMS = 0.125;

function degreeNote(recipe: Recipe, degree: number): number {
  const scale = SCALES[recipe.mode];
  const octave = Math.floor(degree / 7);
  const step = ((degree % 7) + 7) % 7;
  return recipe.key + 12 * octave + scale[step]!;
}

function chordNotes(recipe: Recipe, degree: number): number[] {
  const notes = [0, 2, 4].map((k) => degreeNote(recipe, degree + k));
  if (recipe.sevenths) notes.push(degreeNote(recipe, degree + 6));
  return notes;
}

/** Which parts play in a bar: the intro and outro are quiet, a break drops the drums midway. */
function sectionOf(recipe: Recipe, bar: number, bars: number): 'intro' | 'break' | 'main' | 'outro' {
  if (bar < recipe.introBars) return 'intro';
  if (bar >= bars - 2) return 'outro';
  const breakStart = Math.round(bars * 0.55);
  if (recipe.breakBars > 0 && bar >= breakStart && bar < breakStart + recipe.breakBars) return 'break';
  return 'main';
}

/**
 * Renders a track to stereo samples at 44.1 kHz: the whole arrangement note by note, then the
 * record-style dulling for lo-fi, fades at both ends and loudness brought to one level.
 */
export function composeTrack(track: TrackDescriptor, recipe: Recipe): Stereo {
  const beat = 60 / track.bpm;
  const bar = beat * BEATS_PER_BAR;
  const sixteenth = beat / 4;
  const seconds = track.bars * bar;
  const length = Math.round((seconds + 1.5) * SAMPLE_RATE);
  const out: Stereo = { left: new Float32Array(length), right: new Float32Array(length) };
  const random = seeded(recipe.seed);
  const stepTime = (barStart: number, step: number) =>
    barStart + step * sixteenth + (step % 2 === 1 ? (recipe.swing ?? 0) * sixteenth : 0);
  const motifs = new Map<number, { step: number; degree: number; steps: number }[]>();

  for (let b = 0; b < track.bars; b++) {
    const start = b * bar;
    const section = sectionOf(recipe, b, track.bars);
    const degree = recipe.progression[b % recipe.progression.length]!;
    const chord = chordNotes(recipe, degree);
    const root = degreeNote(recipe, degree) - 12;

    if (section === 'main') {
      for (const [drum, pattern] of Object.entries(recipe.drums) as [Drum, string][]) {
        for (let step = 0; step < 16; step++) {
          const hit = pattern[step];
          if (hit === 'x' || hit === 'o')
            playDrum(out, drum, stepTime(start, step), hit === 'x' ? 0.9 : 0.45, random);
        }
      }
    } else if (section === 'break' && recipe.drums.hat) {
      for (let step = 0; step < 16; step += 4) playDrum(out, 'hat', stepTime(start, step), 0.35, random);
    }

    if (recipe.bass.style !== 'none' && section !== 'intro') {
      const bassNote = (at: number, held: number, gain: number) =>
        playNote(out, recipe.bass.timbre, { at, seconds: held, midi: root - 12, gain, pan: 0 }, random);
      if (recipe.bass.style === 'whole') bassNote(start, bar * 0.95, 0.5);
      else if (recipe.bass.style === 'quarters')
        for (let k = 0; k < 4; k++) bassNote(start + k * beat, beat * 0.85, 0.45);
      else if (recipe.bass.style === 'eighths')
        for (let k = 0; k < 8; k++) bassNote(stepTime(start, k * 2), beat * 0.4, 0.38);
      else for (let k = 0; k < 4; k++) bassNote(start + k * beat + beat / 2, beat * 0.4, 0.42);
    }

    const { timbre, style, gain } = recipe.chords;
    const chordGain = section === 'main' ? gain : gain * 0.8;
    if (style === 'block') {
      for (const note of chord) playChordNote(timbre, start, bar * 0.9, note, chordGain);
    } else if (style === 'pulse') {
      for (let k = 0; k < 8; k++)
        for (const note of chord)
          playChordNote(timbre, stepTime(start, k * 2), beat * 0.35, note, chordGain * 0.7);
    } else if (style === 'strum') {
      for (const k of [0, 1.5, 2, 3]) {
        for (const [n, note] of chord.entries())
          playChordNote(timbre, start + k * beat + n * 0.012, beat, note, chordGain * 0.7);
      }
    } else {
      const order = [...chord, chord[1]! + 12, chord[2]! + 12, chord[1]! + 12];
      for (let k = 0; k < 8; k++)
        playChordNote(timbre, stepTime(start, k * 2), beat * 0.9, order[k % order.length]!, chordGain * 0.8);
    }
    if (recipe.pad)
      for (const note of chord)
        playNote(out, recipe.pad, { at: start, seconds: bar, midi: note, gain: 0.1, pan: 0 }, random);

    // The tune: one motif per eight-bar phrase, played on its first and fifth bars' shapes, so it repeats.
    if (recipe.lead && (section === 'main' || (section === 'break' && b % 2 === 0))) {
      const phrase = Math.floor(b / 8);
      let motif = motifs.get(phrase % 2);
      if (!motif) {
        motif = [];
        for (let step = 0; step < 16; step += 2) {
          if (random() < recipe.lead.density)
            motif.push({ step, degree: Math.floor(random() * 5), steps: random() < 0.3 ? 4 : 2 });
        }
        motifs.set(phrase % 2, motif);
      }
      for (const note of motif) {
        const midi = degreeNote(recipe, degree + note.degree) + 12 * recipe.lead.octave;
        playNote(
          out,
          recipe.lead.timbre,
          {
            at: stepTime(start, note.step),
            seconds: note.steps * sixteenth,
            midi,
            gain: recipe.lead.gain,
            pan: 0.2,
          },
          random,
        );
      }
    }
  }

  function playChordNote(timbre: Timbre, at: number, held: number, midi: number, gain: number): void {
    playNote(out, timbre, { at, seconds: held, midi, gain, pan: -0.2 }, random);
  }

  if (recipe.lofi) dull(out, random);
  finish(out, seconds);
  const end = Math.round(seconds * SAMPLE_RATE);
  return { left: out.left.subarray(0, end), right: out.right.subarray(0, end) };
}

/** Lo-fi: a gentle low-pass and a little record crackle. */
function dull(out: Stereo, random: () => number): void {
  const a = Math.exp((-2 * Math.PI * 2800) / SAMPLE_RATE);
  for (const channel of [out.left, out.right]) {
    let last = 0;
    for (let i = 0; i < channel.length; i++) {
      last = (1 - a) * channel[i]! + a * last;
      channel[i] = last + (random() < 0.0004 ? (random() - 0.5) * 0.25 : (random() - 0.5) * 0.004);
    }
  }
}

/** Fades in and out, brings the track to the target loudness and rounds off peaks. */
function finish(out: Stereo, seconds: number): void {
  const end = Math.round(seconds * SAMPLE_RATE);
  const fadeIn = Math.round(0.3 * SAMPLE_RATE);
  const fadeOut = Math.round(3 * SAMPLE_RATE);
  let sum = 0;
  for (const channel of [out.left, out.right]) for (let i = 0; i < end; i++) sum += channel[i]! * channel[i]!;
  const rms = Math.sqrt(sum / (2 * end)) || 1;
  const gain = TARGET_RMS / rms;
  for (const channel of [out.left, out.right]) {
    for (let i = 0; i < channel.length; i++) {
      let shape = 1;
      if (i < fadeIn) shape = i / fadeIn;
      if (i >= end) shape = 0;
      else if (i > end - fadeOut) shape = Math.min(shape, (end - i) / fadeOut);
      channel[i] = softClip(channel[i]! * gain * shape);
    }
  }
}

/** A smooth limiter close to tanh: untouched when quiet, never past ±1. */
function softClip(x: number): number {
  if (x > 3) return 1;
  if (x < -3) return -1;
  return (x * (27 + x * x)) / (27 + 9 * x * x);
}

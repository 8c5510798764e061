import type { Drum, Timbre } from './instruments.js';

/**
 * How each library track sounds: key, chords, drum patterns and instruments. Keyed by the ids in
 * `src/catalog/music.ts` (a test checks both lists agree). Drum patterns are sixteen steps per bar:
 * `x` a hit, `o` a soft hit, `.` a rest.
 */
export interface Recipe {
  /** MIDI note of the key's root (57 = A3). */
  key: number;
  mode: 'major' | 'minor';
  /** Scale degree (0-based) of each bar's chord; the list repeats. */
  progression: readonly number[];
  /** Add the seventh to every chord. */
  sevenths?: boolean;
  drums: Partial<Record<Drum, string>>;
  /** Push every second sixteenth late by this share of a sixteenth (0 = straight). */
  swing?: number;
  bass: { style: 'whole' | 'quarters' | 'eighths' | 'offbeat' | 'none'; timbre: Timbre };
  chords: { timbre: Timbre; style: 'block' | 'arpeggio' | 'strum' | 'pulse'; gain: number };
  pad?: Timbre;
  lead?: { timbre: Timbre; density: number; octave: number; gain: number };
  /** Dull the top end and add record crackle. */
  lofi?: boolean;
  introBars: number;
  breakBars: number;
  seed: number;
}

export const RECIPES: Record<string, Recipe> = {
  'lofi-drift': {
    key: 53,
    mode: 'minor',
    progression: [3, 6, 2, 5],
    sevenths: true,
    drums: { kick: 'x.........x.....', snare: '....x.......x...', hat: 'o.o.o.o.o.o.o.oo' },
    swing: 0.3,
    bass: { style: 'whole', timbre: 'sine' },
    chords: { timbre: 'piano', style: 'block', gain: 0.22 },
    lead: { timbre: 'bell', density: 0.3, octave: 1, gain: 0.12 },
    lofi: true,
    introBars: 2,
    breakBars: 4,
    seed: 11,
  },
  'sunny-pop': {
    key: 60,
    mode: 'major',
    progression: [0, 4, 5, 3],
    drums: { kick: 'x...x...x...x...', clap: '....x.......x...', hat: '..x...x...x...x.' },
    bass: { style: 'eighths', timbre: 'saw' },
    chords: { timbre: 'pluck', style: 'pulse', gain: 0.3 },
    pad: 'pad',
    lead: { timbre: 'square', density: 0.6, octave: 1, gain: 0.12 },
    introBars: 4,
    breakBars: 4,
    seed: 23,
  },
  'quiet-piano': {
    key: 62,
    mode: 'major',
    progression: [0, 5, 3, 4],
    drums: {},
    bass: { style: 'whole', timbre: 'piano' },
    chords: { timbre: 'piano', style: 'arpeggio', gain: 0.25 },
    lead: { timbre: 'piano', density: 0.35, octave: 1, gain: 0.22 },
    introBars: 2,
    breakBars: 0,
    seed: 37,
  },
  horizon: {
    key: 50,
    mode: 'minor',
    progression: [0, 5, 2, 6],
    drums: { kick: 'x.......x.x.....', snare: '........x.......', 'open-hat': '....x.......x...' },
    bass: { style: 'quarters', timbre: 'saw' },
    chords: { timbre: 'strings', style: 'block', gain: 0.28 },
    pad: 'pad',
    lead: { timbre: 'strings', density: 0.25, octave: 1, gain: 0.18 },
    introBars: 4,
    breakBars: 4,
    seed: 41,
  },
  campfire: {
    key: 55,
    mode: 'major',
    progression: [0, 3, 0, 4],
    drums: { kick: 'x.......x.......', shaker: 'x.x.x.x.x.x.x.x.' },
    bass: { style: 'quarters', timbre: 'pluck' },
    chords: { timbre: 'pluck', style: 'strum', gain: 0.3 },
    lead: { timbre: 'pluck', density: 0.35, octave: 1, gain: 0.2 },
    introBars: 2,
    breakBars: 4,
    seed: 53,
  },
  'neon-pulse': {
    key: 57,
    mode: 'minor',
    progression: [0, 5, 3, 4],
    drums: {
      kick: 'x...x...x...x...',
      clap: '....x.......x...',
      hat: '..x...x...x...x.',
      'open-hat': '..............x.',
    },
    bass: { style: 'offbeat', timbre: 'saw' },
    chords: { timbre: 'saw', style: 'pulse', gain: 0.16 },
    pad: 'pad',
    lead: { timbre: 'square', density: 0.7, octave: 1, gain: 0.1 },
    introBars: 4,
    breakBars: 8,
    seed: 67,
  },
  confetti: {
    key: 64,
    mode: 'major',
    progression: [0, 3, 4, 0],
    drums: { kick: 'x...x...x...x...', clap: '....x.......x...', hat: 'x.x.x.x.x.x.x.x.' },
    bass: { style: 'eighths', timbre: 'square' },
    chords: { timbre: 'piano', style: 'pulse', gain: 0.24 },
    lead: { timbre: 'bell', density: 0.65, octave: 1, gain: 0.14 },
    introBars: 2,
    breakBars: 4,
    seed: 71,
  },
  'first-dance': {
    key: 65,
    mode: 'major',
    progression: [0, 2, 5, 4],
    sevenths: true,
    drums: { kick: 'x.........x.....', hat: '....o.......o...' },
    bass: { style: 'whole', timbre: 'sine' },
    chords: { timbre: 'piano', style: 'arpeggio', gain: 0.22 },
    pad: 'strings',
    lead: { timbre: 'strings', density: 0.3, octave: 1, gain: 0.16 },
    introBars: 4,
    breakBars: 0,
    seed: 83,
  },
  remembrance: {
    key: 57,
    mode: 'minor',
    progression: [0, 5, 3, 4],
    drums: {},
    bass: { style: 'whole', timbre: 'strings' },
    chords: { timbre: 'piano', style: 'arpeggio', gain: 0.2 },
    pad: 'strings',
    lead: { timbre: 'piano', density: 0.25, octave: 1, gain: 0.2 },
    introBars: 2,
    breakBars: 0,
    seed: 97,
  },
  'road-trip': {
    key: 62,
    mode: 'major',
    progression: [0, 4, 5, 3],
    drums: { kick: 'x.....x.x.......', snare: '....x.......x...', hat: 'x.x.x.x.x.x.x.x.' },
    bass: { style: 'eighths', timbre: 'pluck' },
    chords: { timbre: 'pluck', style: 'strum', gain: 0.28 },
    lead: { timbre: 'square', density: 0.5, octave: 1, gain: 0.1 },
    introBars: 2,
    breakBars: 4,
    seed: 101,
  },
  'clean-lines': {
    key: 59,
    mode: 'minor',
    progression: [0, 3, 5, 4],
    drums: { kick: 'x.......x.......', clap: '....x.......x...', hat: 'o.o.o.o.o.o.o.o.' },
    bass: { style: 'offbeat', timbre: 'sine' },
    chords: { timbre: 'bell', style: 'arpeggio', gain: 0.18 },
    pad: 'pad',
    introBars: 4,
    breakBars: 4,
    seed: 113,
  },
  'sunday-morning': {
    key: 67,
    mode: 'major',
    progression: [0, 5, 1, 4],
    drums: { kick: 'x.......x.......', snare: '....o.......o...', shaker: '..x...x...x...x.' },
    swing: 0.2,
    bass: { style: 'quarters', timbre: 'sine' },
    chords: { timbre: 'pluck', style: 'arpeggio', gain: 0.24 },
    lead: { timbre: 'bell', density: 0.45, octave: 1, gain: 0.14 },
    introBars: 2,
    breakBars: 4,
    seed: 127,
  },
};

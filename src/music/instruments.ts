/**
 * The instruments of Joy's synthesiser: each adds one note into a stereo buffer. Plain additive and
 * plucked-string synthesis, so a note costs only its own samples and every run gives the same bytes.
 */

export const SAMPLE_RATE = 44_100;

export interface Stereo {
  left: Float32Array;
  right: Float32Array;
}

/** A small seeded generator (mulberry32): the same track always gets the same noise. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function midiHz(note: number): number {
  return 440 * 2 ** ((note - 69) / 12);
}

export type Timbre = 'piano' | 'pad' | 'pluck' | 'square' | 'bell' | 'saw' | 'sine' | 'strings';
export type Drum = 'kick' | 'snare' | 'clap' | 'hat' | 'open-hat' | 'shaker';

export interface NoteEvent {
  at: number;
  seconds: number;
  midi: number;
  gain: number;
  pan: number;
}

function add(out: Stereo, index: number, value: number, pan: number): void {
  if (index < 0 || index >= out.left.length) return;
  out.left[index]! += value * (1 - Math.max(0, pan));
  out.right[index]! += value * (1 + Math.min(0, pan));
}

/** Harmonic amplitudes and envelope of each timbre; the upper harmonics fade `decay` times a second. */
const PARTIALS: Record<
  Exclude<Timbre, 'pluck'>,
  { amps: number[]; decay: number; attack: number; release: number }
> = {
  piano: { amps: [1, 0.5, 0.28, 0.16, 0.08, 0.05], decay: 1.6, attack: 0.004, release: 0.25 },
  pad: { amps: [1, 0.45, 0.3, 0.2, 0.14, 0.1], decay: 0, attack: 0.6, release: 1.2 },
  strings: { amps: [1, 0.6, 0.4, 0.25, 0.18, 0.12, 0.08], decay: 0, attack: 0.35, release: 0.8 },
  square: { amps: [1, 0, 0.33, 0, 0.2, 0, 0.14], decay: 3, attack: 0.008, release: 0.08 },
  bell: { amps: [1, 0, 0, 0, 0, 0.3, 0, 0, 0, 0, 0.12], decay: 2.2, attack: 0.002, release: 0.4 },
  saw: { amps: [1, 0.5, 0.33, 0.25, 0.2, 0.16, 0.14, 0.12], decay: 2.5, attack: 0.006, release: 0.1 },
  sine: { amps: [1, 0.12], decay: 1.2, attack: 0.01, release: 0.15 },
};

const TABLE_SIZE = 4096;
/** One cycle of each timbre, bright (every harmonic) and dark (the fundamental), built once. */
const tables = new Map<Timbre, { bright: Float32Array; dark: Float32Array }>();

function tableOf(timbre: Exclude<Timbre, 'pluck'>): { bright: Float32Array; dark: Float32Array } {
  let found = tables.get(timbre);
  if (!found) {
    const amps = PARTIALS[timbre].amps;
    const norm = 1 / amps.reduce((sum, a) => sum + a, 0);
    const bright = new Float32Array(TABLE_SIZE + 1);
    const dark = new Float32Array(TABLE_SIZE + 1);
    for (let i = 0; i <= TABLE_SIZE; i++) {
      const x = (2 * Math.PI * i) / TABLE_SIZE;
      let value = 0;
      for (let h = 0; h < amps.length; h++) value += amps[h]! * Math.sin(x * (h + 1));
      bright[i] = value * norm;
      dark[i] = Math.sin(x) * 0.8;
    }
    found = { bright, dark };
    tables.set(timbre, found);
  }
  return found;
}

/** A note from a wavetable: a bright cycle that fades towards a dark one, with attack, decay and release. */
export function playNote(out: Stereo, timbre: Timbre, note: NoteEvent, random: () => number): void {
  if (timbre === 'pluck') {
    pluck(out, note, random);
    return;
  }
  const spec = PARTIALS[timbre];
  const { bright, dark } = tableOf(timbre);
  const step = (midiHz(note.midi) * TABLE_SIZE) / SAMPLE_RATE;
  const detuned = timbre === 'pad' || timbre === 'strings' ? step * 1.004 : 0;
  const start = Math.round(note.at * SAMPLE_RATE);
  const heldSamples = Math.round(note.seconds * SAMPLE_RATE);
  const releaseSamples = Math.round(spec.release * SAMPLE_RATE);
  const attackSamples = Math.max(1, Math.round(spec.attack * SAMPLE_RATE));
  const length = Math.min(heldSamples + releaseSamples, out.left.length - start);
  const fade = spec.decay > 0 ? Math.exp(-spec.decay / SAMPLE_RATE) : 1;
  const body = spec.decay > 0 ? Math.exp(-(spec.decay * 0.35) / SAMPLE_RATE) : 1;
  const gainL = note.gain * (1 - Math.max(0, note.pan)) * (detuned ? 0.67 : 1);
  const gainR = note.gain * (1 + Math.min(0, note.pan)) * (detuned ? 0.67 : 1);
  let phase = 0;
  let phase2 = 0;
  let brightness = 1;
  let level = 1;
  for (let i = 0; i < length; i++) {
    const at = phase | 0;
    let value = dark[at]! + (bright[at]! - dark[at]!) * brightness;
    if (detuned) {
      const at2 = phase2 | 0;
      value += 0.5 * (dark[at2]! + (bright[at2]! - dark[at2]!) * brightness);
      phase2 += detuned;
      if (phase2 >= TABLE_SIZE) phase2 -= TABLE_SIZE;
    }
    phase += step;
    if (phase >= TABLE_SIZE) phase -= TABLE_SIZE;
    brightness *= fade;
    level *= body;
    let envelope = level;
    if (i < attackSamples) envelope *= i / attackSamples;
    if (i > heldSamples) envelope *= 1 - (i - heldSamples) / releaseSamples;
    const k = start + i;
    if (k < 0) continue;
    out.left[k]! += value * envelope * gainL;
    out.right[k]! += value * envelope * gainR;
  }
}

/** A plucked string (Karplus–Strong): a burst of noise through a tuned, damped delay line. */
function pluck(out: Stereo, note: NoteEvent, random: () => number): void {
  const period = Math.max(2, Math.round(SAMPLE_RATE / midiHz(note.midi)));
  const line = new Float32Array(period);
  for (let i = 0; i < period; i++) line[i] = random() * 2 - 1;
  const start = Math.round(note.at * SAMPLE_RATE);
  const length = Math.round((note.seconds + 0.4) * SAMPLE_RATE);
  let previous = 0;
  for (let i = 0; i < length; i++) {
    const k = i % period;
    const value = line[k]!;
    const damped = 0.996 * 0.5 * (value + previous);
    previous = value;
    line[k] = damped;
    const release = i / SAMPLE_RATE > note.seconds ? 1 - (i / SAMPLE_RATE - note.seconds) / 0.4 : 1;
    add(out, start + i, value * 0.6 * note.gain * release, note.pan);
  }
}

export function playDrum(out: Stereo, drum: Drum, at: number, gain: number, random: () => number): void {
  const start = Math.round(at * SAMPLE_RATE);
  switch (drum) {
    case 'kick': {
      const length = Math.round(0.35 * SAMPLE_RATE);
      let phase = 0;
      for (let i = 0; i < length; i++) {
        const t = i / SAMPLE_RATE;
        phase += (2 * Math.PI * (45 + 110 * Math.exp(-t * 30))) / SAMPLE_RATE;
        add(out, start + i, Math.sin(phase) * Math.exp(-t * 9) * gain, 0);
      }
      return;
    }
    case 'snare':
    case 'clap': {
      const length = Math.round(0.2 * SAMPLE_RATE);
      let last = 0;
      for (let i = 0; i < length; i++) {
        const t = i / SAMPLE_RATE;
        const noise = random() * 2 - 1;
        const bright = noise - last;
        last = noise;
        const burst = drum === 'clap' ? (t < 0.03 ? (Math.floor(t * 100) % 2 === 0 ? 1 : 0.4) : 1) : 1;
        const tone = drum === 'snare' ? 0.5 * Math.sin(2 * Math.PI * 185 * t) * Math.exp(-t * 30) : 0;
        add(out, start + i, (bright * 0.5 * Math.exp(-t * 18) * burst + tone) * gain, 0.05);
      }
      return;
    }
    case 'hat':
    case 'open-hat':
    case 'shaker': {
      const seconds = drum === 'open-hat' ? 0.25 : drum === 'shaker' ? 0.08 : 0.05;
      const length = Math.round(seconds * SAMPLE_RATE);
      let last = 0;
      for (let i = 0; i < length; i++) {
        const t = i / SAMPLE_RATE;
        const noise = random() * 2 - 1;
        const bright = noise - last;
        last = noise;
        const shape = drum === 'shaker' ? Math.sin((Math.PI * t) / seconds) : Math.exp((-t * 5) / seconds);
        add(out, start + i, bright * 0.3 * shape * gain, drum === 'shaker' ? -0.3 : 0.25);
      }
      return;
    }
  }
}

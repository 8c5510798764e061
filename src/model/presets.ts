/**
 * Platform presets are data: canvas, frame rate, the areas the platform's own UI covers, and a bitrate
 * cap. Safe areas are fractions of the canvas so they hold at any resolution.
 */
export interface SafeArea {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface PlatformPreset {
  name: string;
  title: string;
  aspect: AspectName;
  fps: number;
  /** Where the platform draws buttons, captions and progress bars over the video. */
  safeArea: SafeArea;
  /** Peak video bitrate the platform accepts without re-encoding harshly, kbit/s. */
  maxBitrateKbps: number;
}

export const ASPECTS = {
  '9:16': [9, 16],
  '16:9': [16, 9],
  '1:1': [1, 1],
  '4:5': [4, 5],
  '4:3': [4, 3],
  '3:4': [3, 4],
} as const;
export type AspectName = keyof typeof ASPECTS;
export const ASPECT_NAMES = Object.keys(ASPECTS) as AspectName[];

export const RESOLUTIONS = { '540p': 540, '720p': 720, '1080p': 1080, '1440p': 1440, '2160p': 2160 } as const;
export type ResolutionName = keyof typeof RESOLUTIONS;
export const RESOLUTION_NAMES = Object.keys(RESOLUTIONS) as ResolutionName[];

export const FPS_CHOICES = [24, 25, 30, 50, 60] as const;

const NO_UI: SafeArea = { top: 0.05, bottom: 0.05, left: 0.05, right: 0.05 };
const VERTICAL_FEED: SafeArea = { top: 0.12, bottom: 0.22, left: 0.06, right: 0.14 };

export const PRESETS: readonly PlatformPreset[] = [
  {
    name: 'tiktok',
    title: 'TikTok',
    aspect: '9:16',
    fps: 30,
    safeArea: { ...VERTICAL_FEED, bottom: 0.24 },
    maxBitrateKbps: 10000,
  },
  {
    name: 'reels',
    title: 'Instagram Reels',
    aspect: '9:16',
    fps: 30,
    safeArea: { ...VERTICAL_FEED, top: 0.14 },
    maxBitrateKbps: 8000,
  },
  {
    name: 'shorts',
    title: 'YouTube Shorts',
    aspect: '9:16',
    fps: 30,
    safeArea: VERTICAL_FEED,
    maxBitrateKbps: 12000,
  },
  { name: 'youtube', title: 'YouTube', aspect: '16:9', fps: 30, safeArea: NO_UI, maxBitrateKbps: 12000 },
  {
    name: 'instagram-feed',
    title: 'Instagram feed (4:5)',
    aspect: '4:5',
    fps: 30,
    safeArea: NO_UI,
    maxBitrateKbps: 8000,
  },
  { name: 'square', title: 'Square (1:1)', aspect: '1:1', fps: 30, safeArea: NO_UI, maxBitrateKbps: 8000 },
];
export const PRESET_NAMES = PRESETS.map((preset) => preset.name);

export function findPreset(name: string): PlatformPreset | undefined {
  return PRESETS.find((preset) => preset.name === name);
}

/** Canvas size for an aspect at a resolution; the resolution names the short side, sizes stay even. */
export function canvasSize(
  aspect: AspectName,
  resolution: ResolutionName | number,
): { width: number; height: number } {
  const short = typeof resolution === 'number' ? resolution : RESOLUTIONS[resolution];
  const [aw, ah] = ASPECTS[aspect];
  const even = (value: number) => Math.max(2, Math.round(value / 2) * 2);
  return aw <= ah
    ? { width: even(short), height: even((short * ah) / aw) }
    : { width: even((short * aw) / ah), height: even(short) };
}

/** The aspect name closest to a width/height, for summaries. */
export function aspectOf(width: number, height: number): AspectName | `${number}:${number}` {
  const ratio = width / height;
  for (const name of ASPECT_NAMES) {
    const [aw, ah] = ASPECTS[name];
    if (Math.abs(aw / ah - ratio) < 0.01) return name;
  }
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  const d = gcd(width, height);
  return `${width / d}:${height / d}`;
}

/** Safe area for a draft: the preset's when it names one, a title-safe margin otherwise. */
export function safeAreaFor(presetName: string | undefined, width: number, height: number): SafeArea {
  const preset = presetName ? findPreset(presetName) : undefined;
  if (preset) return preset.safeArea;
  return height > width ? VERTICAL_FEED : NO_UI;
}

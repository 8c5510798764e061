/**
 * Joy's own music library: what each track is (title, moods in English and Chinese, tempo, length,
 * beat grid). The sound itself is made by `src/music/` from a recipe of the same id, so every track is
 * royalty-free by construction and needs no download. Pure data: the director, the studio and the CLI
 * read it; nothing here touches audio.
 *
 * A track in a draft is an ordinary audio media ref with the uri `music:<id>` (see `libraryTrackRef`);
 * resolvers turn that uri into the rendered file (`src/music/library.ts`).
 */

export interface TrackDescriptor {
  id: string;
  title: string;
  titleZh: string;
  /** Mood and genre words, most characteristic first. */
  moods: { en: readonly string[]; zh: readonly string[] };
  bpm: number;
  /** Bars of four beats; the length follows from bars and tempo. */
  bars: number;
  /** 0 (still) … 1 (driving): how upbeat it feels, for "something more upbeat". */
  energy: number;
}

export const MUSIC_URI_PREFIX = 'music:';
export const BEATS_PER_BAR = 4;

export const TRACKS: readonly TrackDescriptor[] = [
  {
    id: 'lofi-drift',
    title: 'Lo-fi Drift',
    titleZh: '低保真漫游',
    moods: {
      en: ['lo-fi', 'chill', 'relaxed', 'study', 'cozy'],
      zh: ['低保真', '放松', '慵懒', '学习', '惬意'],
    },
    bpm: 80,
    bars: 30,
    energy: 0.3,
  },
  {
    id: 'sunny-pop',
    title: 'Sunny Pop',
    titleZh: '阳光流行',
    moods: {
      en: ['upbeat', 'pop', 'happy', 'bright', 'summer'],
      zh: ['欢快', '流行', '开心', '明亮', '夏日'],
    },
    bpm: 118,
    bars: 44,
    energy: 0.75,
  },
  {
    id: 'quiet-piano',
    title: 'Quiet Piano',
    titleZh: '静谧钢琴',
    moods: {
      en: ['calm', 'piano', 'gentle', 'peaceful', 'soft'],
      zh: ['平静', '钢琴', '舒缓', '安静', '轻柔'],
    },
    bpm: 68,
    bars: 26,
    energy: 0.15,
  },
  {
    id: 'horizon',
    title: 'Horizon',
    titleZh: '地平线',
    moods: {
      en: ['cinematic', 'epic', 'inspiring', 'dramatic', 'grand'],
      zh: ['电影感', '史诗', '励志', '大气', '震撼'],
    },
    bpm: 90,
    bars: 36,
    energy: 0.6,
  },
  {
    id: 'campfire',
    title: 'Campfire',
    titleZh: '篝火',
    moods: {
      en: ['acoustic', 'folk', 'warm', 'guitar', 'outdoors'],
      zh: ['原声', '民谣', '温暖', '吉他', '户外'],
    },
    bpm: 100,
    bars: 36,
    energy: 0.5,
  },
  {
    id: 'neon-pulse',
    title: 'Neon Pulse',
    titleZh: '霓虹脉冲',
    moods: {
      en: ['electronic', 'dance', 'energetic', 'edm', 'night'],
      zh: ['电子', '舞曲', '动感', '劲爆', '夜晚'],
    },
    bpm: 124,
    bars: 48,
    energy: 0.9,
  },
  {
    id: 'confetti',
    title: 'Confetti',
    titleZh: '彩纸派对',
    moods: {
      en: ['birthday', 'party', 'fun', 'celebration', 'happy'],
      zh: ['生日', '派对', '欢乐', '庆祝', '快乐'],
    },
    bpm: 128,
    bars: 40,
    energy: 0.85,
  },
  {
    id: 'first-dance',
    title: 'First Dance',
    titleZh: '第一支舞',
    moods: {
      en: ['romantic', 'wedding', 'love', 'tender', 'sweet'],
      zh: ['浪漫', '婚礼', '爱情', '温柔', '甜蜜'],
    },
    bpm: 72,
    bars: 30,
    energy: 0.3,
  },
  {
    id: 'remembrance',
    title: 'Remembrance',
    titleZh: '怀念',
    moods: {
      en: ['memorial', 'sad', 'reflective', 'nostalgic', 'solemn'],
      zh: ['纪念', '伤感', '回忆', '怀旧', '庄重'],
    },
    bpm: 60,
    bars: 28,
    energy: 0.1,
  },
  {
    id: 'road-trip',
    title: 'Road Trip',
    titleZh: '公路旅行',
    moods: {
      en: ['travel', 'adventure', 'upbeat', 'vlog', 'sunny'],
      zh: ['旅行', '冒险', '轻快', 'vlog', '阳光'],
    },
    bpm: 110,
    bars: 40,
    energy: 0.7,
  },
  {
    id: 'clean-lines',
    title: 'Clean Lines',
    titleZh: '简约线条',
    moods: {
      en: ['corporate', 'product', 'modern', 'minimal', 'tech'],
      zh: ['商务', '产品', '现代', '简约', '科技'],
    },
    bpm: 105,
    bars: 36,
    energy: 0.55,
  },
  {
    id: 'sunday-morning',
    title: 'Sunday Morning',
    titleZh: '周日早晨',
    moods: {
      en: ['cheerful', 'family', 'kids', 'light', 'playful'],
      zh: ['温馨', '家庭', '可爱', '明快', '俏皮'],
    },
    bpm: 92,
    bars: 32,
    energy: 0.55,
  },
];

export function trackDurationMs(track: TrackDescriptor): number {
  return Math.round((track.bars * BEATS_PER_BAR * 60_000) / track.bpm);
}

/** Beat times from the start of the track, ms: the grid the track was written on (no analysis). */
export function trackBeatsMs(track: TrackDescriptor): number[] {
  const beats = track.bars * BEATS_PER_BAR;
  return Array.from({ length: beats }, (_, k) => Math.round((k * 60_000) / track.bpm));
}

export function findTrack(id: string): TrackDescriptor | undefined {
  const key = id.toLowerCase().replace(/^music:/, '');
  return TRACKS.find(
    (track) => track.id === key || track.title.toLowerCase() === key || track.titleZh === key,
  );
}

/** The track a `music:<id>` uri names, or undefined for any other uri. */
export function trackOfUri(uri: string): TrackDescriptor | undefined {
  return uri.startsWith(MUSIC_URI_PREFIX) ? findTrack(uri.slice(MUSIC_URI_PREFIX.length)) : undefined;
}

/**
 * A song's name for people, per language: a library track's title (the Chinese one in book-title marks,
 * as Chinese writes a song's name), or the file's own name for a song of the person's.
 */
export function songName(media: { uri: string; name?: string }): { en: string; zh: string } {
  const track = trackOfUri(media.uri);
  if (track) return { en: track.title, zh: `《${track.titleZh}》` };
  const name = media.name ?? media.uri;
  return { en: name, zh: name };
}

/** The audio media ref a draft uses for a library track, with its tempo and beat grid. */
export function libraryTrackRef(track: TrackDescriptor) {
  return {
    uri: `${MUSIC_URI_PREFIX}${track.id}`,
    kind: 'audio' as const,
    name: track.title,
    durationMs: trackDurationMs(track),
    bpm: track.bpm,
    beatsMs: trackBeatsMs(track),
  };
}

/** Moods that name a kind of music rather than how it feels. */
/** Moods that name a kind of music rather than a feeling. */
export const GENRES: ReadonlySet<string> = new Set([
  'lo-fi',
  'piano',
  'acoustic',
  'electronic',
  'pop',
  'edm',
  'folk',
  'guitar',
]);

/**
 * The track that best fits some mood words (English or Chinese) and a video length: mood matches first,
 * then a track at least as long as the video, then the one listed first. `exclude` skips the current one.
 */
export function pickTrack(
  moods: readonly string[],
  videoMs = 0,
  options: { exclude?: string; minEnergy?: number; maxEnergy?: number } = {},
): TrackDescriptor {
  const wanted = moods.map((mood) => mood.toLowerCase());
  let best: TrackDescriptor | undefined;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const [order, track] of TRACKS.entries()) {
    if (track.id === options.exclude) continue;
    if (options.minEnergy !== undefined && track.energy <= options.minEnergy) continue;
    if (options.maxEnergy !== undefined && track.energy >= options.maxEnergy) continue;
    const words = [...track.moods.en, ...track.moods.zh];
    let score = 0;
    for (const mood of wanted) {
      const at = words.indexOf(mood);
      // A kind of music ("EDM", "民谣") says more than an adjective beside it ("动感的 EDM").
      if (at >= 0) score += 10 - (at % 5) + (GENRES.has(mood) ? 5 : 0);
    }
    if (trackDurationMs(track) >= videoMs) score += 1;
    score -= order * 0.01;
    if (score > bestScore) {
      bestScore = score;
      best = track;
    }
  }
  // Nothing livelier (or calmer) than the current one: the best other track by mood.
  if (!best) return options.exclude ? pickTrack(moods, videoMs, { exclude: options.exclude }) : TRACKS[0]!;
  return best;
}

/** Every mood word the library knows, for readers of plain words. */
export function moodWords(): { en: string[]; zh: string[] } {
  return {
    en: [...new Set(TRACKS.flatMap((track) => track.moods.en))],
    zh: [...new Set(TRACKS.flatMap((track) => track.moods.zh))],
  };
}

/**
 * Style presets: one word ("birthday", "travel vlog", "纪念") sets the pacing, camera motion,
 * transitions, colour look, text style and music mood together. Pure data; `applyStyle` in
 * `src/model/commands.ts` applies one as a single edit, and the director, the studio and `joy styles`
 * read this table.
 */

export interface StyleDescriptor {
  id: string;
  title: string;
  titleZh: string;
  /** What it feels like, one line each language. */
  description: { en: string; zh: string };
  /** Words that ask for it (lowercase English, and Chinese). */
  aliases: { en: readonly string[]; zh: readonly string[] };
  /** How long each photo stays. */
  photoMs: number;
  /** Motions cycled over the photos. */
  motions: readonly string[];
  motionStrength: number;
  transition: { name: string; durationMs: number };
  look: { name: string; strength: number };
  text: { style: string; animation: string };
  /** Mood words for the library track it picks (see `pickTrack`). */
  musicMoods: readonly string[];
}

export const STYLES: readonly StyleDescriptor[] = [
  {
    id: 'birthday',
    title: 'Birthday',
    titleZh: '生日',
    description: { en: 'bright, bouncy and quick, with party music', zh: '明亮、活泼、节奏快，配派对音乐' },
    aliases: { en: ['birthday', 'bday', 'b-day', 'party'], zh: ['生日', '派对', '庆生'] },
    photoMs: 2200,
    motions: ['zoom-in', 'pan-right', 'zoom-out', 'pan-left'],
    motionStrength: 0.6,
    transition: { name: 'zoom-in', durationMs: 500 },
    look: { name: 'vivid', strength: 0.8 },
    text: { style: 'bold-outline', animation: 'pop' },
    musicMoods: ['birthday', 'party'],
  },
  {
    id: 'travel-vlog',
    title: 'Travel vlog',
    titleZh: '旅行 vlog',
    description: {
      en: 'sweeping pans and quick slides, warm colour, upbeat travel music',
      zh: '大幅平移和快速滑动，暖色，轻快的旅行音乐',
    },
    aliases: {
      en: ['travel vlog', 'travel', 'vlog', 'trip', 'vacation', 'holiday', 'journey', 'road trip'],
      zh: ['旅行', '旅游', '游记', '度假', 'vlog'],
    },
    photoMs: 2500,
    motions: ['pan-right', 'push-in', 'pan-left', 'drift'],
    motionStrength: 0.55,
    transition: { name: 'whip-pan', durationMs: 450 },
    look: { name: 'warm', strength: 0.6 },
    text: { style: 'bold-outline', animation: 'slide-up' },
    musicMoods: ['travel', 'adventure'],
  },
  {
    id: 'wedding',
    title: 'Wedding',
    titleZh: '婚礼',
    description: {
      en: 'slow, soft and romantic: long crossfades, gentle zooms, warm matte colour',
      zh: '慢、柔和、浪漫：长交叉淡化、轻推镜头、暖色哑光',
    },
    aliases: {
      en: ['wedding', 'romantic', 'anniversary', 'engagement', 'love story'],
      zh: ['婚礼', '结婚', '浪漫', '纪念日', '订婚', '爱情'],
    },
    photoMs: 4000,
    motions: ['push-in', 'drift', 'zoom-out'],
    motionStrength: 0.35,
    transition: { name: 'crossfade', durationMs: 1200 },
    look: { name: 'matte', strength: 0.6 },
    text: { style: 'clean', animation: 'fade' },
    musicMoods: ['wedding', 'romantic'],
  },
  {
    id: 'memorial',
    title: 'Memorial',
    titleZh: '纪念',
    description: {
      en: 'quiet and unhurried: slow drifts, fades through black, soft black and white, calm piano',
      zh: '安静从容：缓慢漂移、经黑场淡化、柔和黑白、平静钢琴',
    },
    aliases: {
      en: ['memorial', 'in memory', 'in loving memory', 'tribute', 'funeral', 'remembrance'],
      zh: ['纪念', '追思', '悼念', '追悼', '葬礼', '怀念', '缅怀'],
    },
    photoMs: 5000,
    motions: ['drift', 'push-in'],
    motionStrength: 0.25,
    transition: { name: 'fade-black', durationMs: 1500 },
    look: { name: 'black-and-white', strength: 0.7 },
    text: { style: 'clean', animation: 'fade' },
    musicMoods: ['memorial', 'sad'],
  },
  {
    id: 'product',
    title: 'Product showcase',
    titleZh: '产品展示',
    description: {
      en: 'clean and crisp: steady push-ins, quick slides, vivid colour, modern music',
      zh: '干净利落：平稳推进、快速滑动、鲜艳色彩、现代音乐',
    },
    aliases: {
      en: ['product showcase', 'product', 'showcase', 'promo', 'ad', 'advert', 'commercial', 'shop'],
      zh: ['产品展示', '产品', '展示', '广告片', '宣传片', '广告', '宣传', '带货', '商品'],
    },
    photoMs: 2500,
    motions: ['push-in', 'zoom-out'],
    motionStrength: 0.45,
    transition: { name: 'slide-left', durationMs: 400 },
    look: { name: 'vivid', strength: 0.5 },
    text: { style: 'lower-third', animation: 'slide-up' },
    musicMoods: ['product', 'modern'],
  },
  {
    id: 'family',
    title: 'Family moments',
    titleZh: '家庭时光',
    description: {
      en: 'warm and easy: gentle zooms, crossfades, cheerful music',
      zh: '温暖轻松：轻推镜头、交叉淡化、明快音乐',
    },
    aliases: {
      en: ['family', 'kids', 'baby', 'newborn', 'graduation', 'holidays'],
      zh: ['家庭', '亲子', '宝宝', '孩子', '毕业', '全家', '满月', '百天', '百日'],
    },
    photoMs: 3000,
    motions: ['zoom-in', 'drift', 'zoom-out'],
    motionStrength: 0.45,
    transition: { name: 'crossfade', durationMs: 800 },
    look: { name: 'warm', strength: 0.5 },
    text: { style: 'clean', animation: 'pop' },
    musicMoods: ['family', 'cheerful'],
  },
  {
    id: 'cinematic',
    title: 'Cinematic',
    titleZh: '电影感',
    description: {
      en: 'slow pushes, blur dissolves, cool matte colour, epic music',
      zh: '缓慢推进、模糊溶解、冷色哑光、史诗音乐',
    },
    aliases: {
      en: ['cinematic', 'film', 'movie trailer', 'epic', 'trailer'],
      zh: ['电影感', '电影', '大片', '史诗', '预告片'],
    },
    photoMs: 3500,
    motions: ['push-in', 'pan-right', 'zoom-out'],
    motionStrength: 0.4,
    transition: { name: 'blur-dissolve', durationMs: 1000 },
    look: { name: 'cool', strength: 0.5 },
    text: { style: 'clean', animation: 'fade' },
    musicMoods: ['cinematic', 'epic'],
  },
  {
    id: 'social',
    title: 'Social reel',
    titleZh: '短视频',
    description: {
      en: 'fast cuts and punchy moves for reels and TikTok, electronic music',
      zh: '快切、有冲击力的镜头，适合抖音和 Reels，电子音乐',
    },
    aliases: {
      en: [
        'social reel',
        'social media video',
        'social media',
        'social',
        'hype reel',
        'hype video',
        'hype edit',
        'hype montage',
        'hype slideshow',
        'hype clip',
        'sizzle reel',
        'highlight reel',
        'montage',
      ],
      zh: ['短视频', '快节奏', '燃', '混剪', '社交媒体', '社媒'],
    },
    photoMs: 1500,
    motions: ['zoom-in', 'pan-left', 'zoom-out', 'pan-right'],
    motionStrength: 0.7,
    transition: { name: 'whip-pan', durationMs: 300 },
    look: { name: 'vivid', strength: 0.7 },
    text: { style: 'bold-outline', animation: 'pop' },
    musicMoods: ['electronic', 'energetic'],
  },
];

export function findStyle(word: string): StyleDescriptor | undefined {
  const key = word.toLowerCase().trim();
  return STYLES.find(
    (style) =>
      style.id === key ||
      style.title.toLowerCase() === key ||
      style.titleZh === key ||
      style.aliases.en.includes(key) ||
      style.aliases.zh.includes(key),
  );
}

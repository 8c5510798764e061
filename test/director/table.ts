import type { Route } from '../../src/director/types.js';
import type { DraftView } from '../../src/model/index.js';
import type { DraftName } from './fixtures.js';

/**
 * The phrase table: one message, the draft it is sent to (default: three photos, no transitions), and
 * what must come out — the commands (each matched by the keys given), properties of the resulting
 * `draftView()`, the route, or that the draft is unchanged. `zh` marks Chinese messages, `typo` ones
 * with misspellings.
 */
export interface Case {
  m: string;
  on?: DraftName;
  /** Expected commands, in order; each matched on the keys given. */
  c?: Record<string, unknown>[];
  /** Expected properties of draftView(result.draft) (matched on the keys given). */
  v?: Partial<Record<keyof DraftView, unknown>>;
  route?: Route;
  /** The draft must come back unchanged. */
  same?: boolean;
  /** The reply must match. */
  reply?: RegExp;
  typo?: boolean;
}

const t = (name: string, extra: Record<string, unknown> = {}) => ({ type: 'setTransition', name, ...extra });
const motion = (name: string, extra: Record<string, unknown> = {}) => ({ type: 'setMotion', name, ...extra });
const ZH = /[\u4e00-\u9fff]/;

export const cases: Case[] = [
  // Making a video from the uploads.
  {
    m: 'turn my photos into a smooth animated video with transitions',
    on: 'empty',
    route: 'create',
    v: { photos: { length: 5 } },
  },
  {
    m: 'convert three vacation photos into a 1080p MP4',
    on: 'empty',
    route: 'create',
    v: { height: 1080, photos: { length: 5 } },
  },
  { m: 'make a video from my photos', on: 'empty', route: 'create' },
  { m: 'create a slideshow', on: 'empty', route: 'create' },
  { m: 'animate my photos', on: 'empty', route: 'create' },
  { m: 'make a tiktok from my photos', on: 'empty', route: 'create', v: { aspect: '9:16' } },
  { m: 'make a 15 second video from these pictures', on: 'empty', route: 'create', v: { durationMs: 15000 } },
  {
    m: 'make a video with no transitions',
    on: 'empty',
    route: 'create',
    v: { transitions: [{ kind: 'cut' }, { kind: 'cut' }, { kind: 'cut' }, { kind: 'cut' }] },
  },
  { m: 'make it 9:16', on: 'empty', route: 'create', v: { aspect: '9:16', photos: { length: 5 } } },
  { m: 'make a video from my photos', on: 'three', route: 'create', same: true, reply: /already/ },
  {
    m: '把我的照片做成带转场的视频',
    on: 'empty',
    route: 'create',
    v: { photos: { length: 5 }, transitions: { length: 4 } },
  },
  { m: '生成视频', on: 'empty', route: 'create' },
  { m: '帮我做一个视频', on: 'empty', route: 'create' },
  { m: '把这些照片做成竖屏视频', on: 'empty', route: 'create', v: { aspect: '9:16' } },
  {
    m: '用我的照片做一个15秒的抖音视频',
    on: 'empty',
    route: 'create',
    v: { aspect: '9:16', durationMs: 15000 },
  },

  // Format: aspect, platform, resolution, frame rate.
  { m: 'make it 9:16', c: [{ type: 'setAspect', aspect: '9:16' }], v: { width: 1080, height: 1920 } },
  { m: '9:16 for TikTok', c: [{ type: 'applyPreset', preset: 'tiktok' }], v: { aspect: '9:16' } },
  { m: 'vertical for reels', c: [{ type: 'applyPreset', preset: 'reels' }] },
  { m: 'landscape for YouTube', c: [{ type: 'applyPreset', preset: 'youtube' }], v: { aspect: '16:9' } },
  { m: 'make it for youtube shorts', c: [{ type: 'applyPreset', preset: 'shorts' }] },
  { m: 'square', c: [{ type: 'setAspect', aspect: '1:1' }] },
  { m: 'make it square please', c: [{ type: 'setAspect', aspect: '1:1' }] },
  { m: '4:5 feed', c: [{ type: 'applyPreset', preset: 'instagram-feed' }], v: { aspect: '4:5' } },
  { m: 'make it portrait', c: [{ type: 'setAspect', aspect: '9:16' }] },
  { m: 'switch to landscape', c: [{ type: 'setAspect', aspect: '16:9' }] },
  { m: 'make it verticle', c: [{ type: 'setAspect', aspect: '9:16' }], typo: true },
  { m: 'horizantal please', c: [{ type: 'setAspect', aspect: '16:9' }], typo: true },
  { m: 'sqaure format', c: [{ type: 'setAspect', aspect: '1:1' }], typo: true },
  { m: 'landscpae', c: [{ type: 'setAspect', aspect: '16:9' }], typo: true },
  { m: 'for instagram stories', c: [{ type: 'setAspect', aspect: '9:16' }] },
  { m: 'make it 4K', c: [{ type: 'setResolution', resolution: '2160p' }], v: { width: 3840 } },
  { m: '720p please', c: [{ type: 'setResolution', resolution: '720p' }], v: { height: 720 } },
  { m: 'export quality 1080p vertical', route: 'export', v: { width: 1080, height: 1920 } },
  { m: '60 fps', c: [{ type: 'setFps', fps: 60 }], v: { fps: 60 } },
  { m: 'set the frame rate to 24', c: [{ type: 'setFps', fps: 24 }] },
  { m: 'make it 1080x1920', c: [{ type: 'setCanvas', width: 1080, height: 1920 }] },
  { m: 'make it 2:3', route: 'unsupported', same: true, reply: /9:16/ },
  { m: 'make it a gif', route: 'unsupported', same: true, reply: /MP4/ },
  { m: 'fill the frame, no black bars', c: [{ type: 'setFit', name: 'cover' }] },
  // The photos are shown whole on the colour asked for, else the blur would hide it.
  {
    m: 'white background',
    c: [
      { type: 'setBackground', color: '#ffffff' },
      { type: 'setFit', name: 'color', params: { color: '#ffffff' } },
    ],
  },
  { m: '竖屏', c: [{ type: 'setAspect', aspect: '9:16' }] },
  { m: '横屏', c: [{ type: 'setAspect', aspect: '16:9' }] },
  { m: '改成方形', c: [{ type: 'setAspect', aspect: '1:1' }] },
  { m: '适合抖音', c: [{ type: 'applyPreset', preset: 'tiktok' }] },
  { m: '4k竖屏', v: { width: 2160, height: 3840 } },
  { m: '帧率30', c: [{ type: 'setFps', fps: 30 }] },
  { m: '分辨率改成720p', c: [{ type: 'setResolution', resolution: '720p' }] },
  { m: '小红书比例', c: [{ type: 'setAspect', aspect: '3:4' }] },

  // Timing.
  { m: 'make it 15 seconds', c: [{ type: 'setDuration', totalMs: 15000 }], v: { durationMs: 15000 } },
  { m: 'make the video 30s long', v: { durationMs: 30000 } },
  { m: 'make it a minute long', v: { durationMs: 60000 } },
  { m: 'half a minute', v: { durationMs: 30000 } },
  { m: 'total length 1 min 30 s', v: { durationMs: 90000 } },
  { m: '3 seconds per photo', c: [{ type: 'setSegmentDuration', durationMs: 3000 }] },
  { m: 'each picture for 2.5s', c: [{ type: 'setSegmentDuration', durationMs: 2500 }] },
  { m: 'make the second photo 5 seconds', c: [{ type: 'setSegmentDuration', durationMs: 5000, index: 1 }] },
  { m: 'hold the last photo for 4 seconds', c: [{ type: 'setSegmentDuration', durationMs: 4000, index: 2 }] },
  { m: 'add 5 seconds', v: { durationMs: 14000 } },
  { m: 'make it 3 seconds shorter', v: { durationMs: 6000 } },
  { m: 'make it faster', c: [{ type: 'setDuration' }], v: { durationMs: 6750 } },
  { m: 'a bit slower', v: { durationMs: 12000 } },
  { m: 'shorter', v: { durationMs: 6750 } },
  {
    m: 'more energetic',
    c: [{ type: 'setSegmentDuration', durationMs: 2000 }, t('crossfade', { durationMs: 400 })],
    on: 'five',
  },
  { m: 'calm and relaxed', c: [{ type: 'setSegmentDuration', durationMs: 4000 }] },
  { m: 'make it 0.5 seconds', route: 'unsupported', same: true },
  { m: 'make it 15 seconds', on: 'empty', route: 'create', v: { durationMs: 15000 } },
  { m: '视频时长改成20秒', c: [{ type: 'setDuration', totalMs: 20000 }] },
  { m: '总时长一分钟', v: { durationMs: 60000 } },
  { m: '每张照片2秒', c: [{ type: 'setSegmentDuration', durationMs: 2000 }] },
  { m: '每张三秒', c: [{ type: 'setSegmentDuration', durationMs: 3000 }] },
  { m: '第二张5秒', c: [{ type: 'setSegmentDuration', durationMs: 5000, index: 1 }] },
  { m: '视频短一点', v: { durationMs: 6750 } },
  { m: '快一点', c: [{ type: 'setDuration' }] },
  { m: '慢一点', v: { durationMs: 12000 } },
  { m: '节奏舒缓一些', c: [{ type: 'setSegmentDuration', durationMs: 4000 }] },
  { m: '动感一点', c: [{ type: 'setSegmentDuration', durationMs: 2000 }] },

  // Transitions.
  {
    m: 'no transitions, hard cuts',
    on: 'five',
    c: [t('cut')],
    v: { transitions: [{ kind: 'cut' }, { kind: 'cut' }, { kind: 'cut' }, { kind: 'cut' }] },
  },
  { m: 'remove the transitions', on: 'rich', c: [t('cut')] },
  { m: 'just cut between photos', on: 'rich', c: [t('cut')] },
  {
    m: 'add transitions',
    c: [t('crossfade')],
    v: { transitions: [{ kind: 'crossfade' }, { kind: 'crossfade' }] },
  },
  { m: 'crossfade', c: [t('crossfade')] },
  { m: 'dissolve between the photos', c: [t('crossfade')] },
  { m: 'fade to black', c: [t('fade-black')] },
  { m: 'fade to blak', c: [t('fade-black')], typo: true },
  { m: 'fade through white', c: [t('fade-white')] },
  { m: 'use a 1 second crossfade trasition', c: [t('crossfade', { durationMs: 1000 })], typo: true },
  { m: 'crosfade transitions', c: [t('crossfade')], typo: true },
  { m: 'make the transtions 1.5 seconds', c: [t('crossfade', { durationMs: 1500 })], typo: true },
  { m: 'longer transitions', on: 'rich', c: [t('crossfade', { durationMs: 1200 })] },
  // A relative step is rounded to 0.1 s, like photo lengths (0.8 s × 0.6 = 0.48 s → 0.5 s).
  { m: 'quicker transitions', on: 'rich', c: [t('crossfade', { durationMs: 500 })] },
  { m: 'slow crossfade between photos', c: [t('crossfade', { durationMs: 1500 })] },
  { m: 'use slide transitions', c: [{ type: 'setTransition', name: /^slide/ }] },
  { m: 'wipe transitions', c: [{ type: 'setTransition', name: /^wipe/ }] },
  { m: 'crossfade between photo 2 and 3', c: [t('crossfade', { index: 1 })] },
  { m: 'fade to black between the first two photos', c: [t('fade-black', { index: 0 })] },
  { m: 'random transitions', on: 'five', c: [{ index: 0 }, { index: 1 }, { index: 2 }, { index: 3 }] },
  { m: 'use a banana transition', route: 'unsupported', same: true, reply: /banana.*crossfade/ },
  { m: 'add transitions', on: 'one', route: 'unsupported', same: true, reply: /two photos/ },
  { m: '转场用淡入淡出', c: [t('crossfade')] },
  { m: '黑场过渡', c: [t('fade-black')] },
  { m: '闪白转场', c: [t('fade-white')] },
  { m: '不要转场', on: 'rich', c: [t('cut')] },
  { m: '去掉转场，直接切', on: 'rich', c: [t('cut')] },
  { m: '转场时间1秒', c: [t('crossfade', { durationMs: 1000 })] },
  { m: '用滑动转场', c: [{ type: 'setTransition', name: /^slide/ }] },
  { m: '加转场', c: [t('crossfade')] },

  // Motion.
  {
    m: 'zoom in on every photo',
    c: [motion('zoom-in')],
    v: { photos: [{ motion: 'zoom-in' }, { motion: 'zoom-in' }, { motion: 'zoom-in' }] },
  },
  { m: 'pan left to right', c: [motion('pan-right')] },
  { m: 'pan from right to left', c: [motion('pan-left')] },
  {
    m: 'keep them still',
    c: [motion('static')],
    v: { photos: [{ motion: 'static' }, { motion: 'static' }, { motion: 'static' }] },
  },
  { m: 'no zoom', c: [motion('static')] },
  { m: 'zoom out on the last photo', c: [motion('zoom-out', { index: 2 })] },
  { m: 'zoom in on the second photo', c: [motion('zoom-in', { index: 1 })] },
  { m: 'ken burns effect', c: [motion('zoom-in')] },
  { m: 'slow zoom on all photos', c: [motion('zoom-in')] },
  {
    m: 'subtle motion',
    c: [
      { strength: 0.25, index: 0 },
      { strength: 0.25, index: 1 },
      { strength: 0.25, index: 2 },
    ],
  },
  {
    m: 'varied motion',
    v: { photos: [{ motion: 'zoom-in' }, { motion: 'zoom-out' }, { motion: 'pan-left' }] },
  },
  { m: 'drift slowly', c: [motion('drift', { strength: 0.25 })] },
  { m: 'zoom in on evry photo', c: [motion('zoom-in')], typo: true },
  { m: 'add a bounce animation', route: 'unsupported', same: true, reply: /bounce/ },
  { m: '第二张放大', c: [motion('zoom-in', { index: 1 })] },
  { m: '所有照片从左到右平移', c: [motion('pan-right')] },
  { m: '静止', c: [motion('static')] },
  { m: '照片不要动', c: [motion('static')] },
  { m: '最后一张拉远', c: [motion('zoom-out', { index: 2 })] },
  // Parallax (2.5D): only on photos where analysis found people ('people': beach.jpg and city.jpg).
  {
    m: 'make it 3D',
    on: 'people',
    c: [motion('parallax', { index: 0 }), motion('parallax', { index: 1 })],
    reply: /forest\.jpg \(no people found\) has no clear person to lift/,
  },
  {
    m: 'bring my photos to life',
    on: 'people',
    c: [motion('parallax', { index: 0 }), motion('parallax', { index: 1 })],
  },
  {
    m: 'paralax from left to right',
    on: 'people',
    c: [
      motion('parallax', { index: 0, params: { direction: 'right' } }),
      motion('parallax', { index: 1, params: { direction: 'right' } }),
    ],
    typo: true,
  },
  { m: 'parallax on the second photo', on: 'people', c: [motion('parallax', { index: 1 })] },
  {
    m: '让照片动起来',
    on: 'people',
    c: [motion('parallax', { index: 0 }), motion('parallax', { index: 1 })],
    reply: /立体视差/,
  },
  { m: '第二张3D效果', on: 'people', c: [motion('parallax', { index: 1 })] },
  { m: 'make it 3D', route: 'unsupported', same: true, reply: /needs photo analysis/ },

  // Looks.
  { m: 'black and white', c: [{ type: 'setLook', name: 'black-and-white' }], v: { look: 'black-and-white' } },
  { m: 'make it b&w', c: [{ type: 'setLook', name: 'black-and-white' }] },
  { m: 'warm vintage', c: [{ type: 'setLook', name: /vintage|warm/ }] },
  { m: 'give it a vintage filter', c: [{ type: 'setLook', name: 'vintage' }] },
  { m: 'make it warmer', c: [{ type: 'setLook', name: 'warm' }] },
  { m: 'a subtle cool tone', c: [{ type: 'setLook', name: 'cool', strength: 0.5 }] },
  { m: 'remove the filter', c: [{ type: 'setLook', name: 'none' }] },
  { m: 'blak and white', c: [{ type: 'setLook', name: 'black-and-white' }], typo: true },
  { m: 'monochrome', c: [{ type: 'setLook', name: 'black-and-white' }] },
  { m: 'a teal and orange look', route: 'unsupported', same: true, reply: /look/ },
  { m: '黑白', c: [{ type: 'setLook', name: 'black-and-white' }] },
  { m: '复古滤镜', c: [{ type: 'setLook', name: 'vintage' }] },
  { m: '暖色调', c: [{ type: 'setLook', name: 'warm' }] },
  { m: '去掉滤镜', c: [{ type: 'setLook', name: 'none' }] },

  // Text.
  {
    m: "add a title 'Road Trip'",
    c: [{ type: 'addText', text: 'Road Trip', role: 'title' }],
    v: { texts: [{ text: 'Road Trip', startMs: 0, role: 'title' }] },
  },
  {
    m: "add a title 'Road Trip' for the first 3 seconds",
    c: [{ type: 'addText', text: 'Road Trip', startMs: 0, durationMs: 3000 }],
  },
  {
    m: 'add a title Road Trip for the first 3 seconds',
    c: [{ type: 'addText', text: 'Road Trip', startMs: 0, durationMs: 3000 }],
  },
  {
    m: 'add a caption "The end" at the end',
    v: { texts: [{ text: 'The end', startMs: 6000, endMs: 9000 }] },
  },
  {
    m: "add caption 'Beach day' on the second photo",
    c: [{ type: 'addText', text: 'Beach day', segmentIndex: 1 }],
    v: { texts: [{ startMs: 3000, endMs: 6000 }] },
  },
  { m: 'caption the first photo “Beach”', c: [{ type: 'addText', text: 'Beach', segmentIndex: 0 }] },
  {
    m: "add captions 'Day 1', 'Day 2' and 'Day 3'",
    c: [{ segmentIndex: 0 }, { segmentIndex: 1 }, { segmentIndex: 2 }],
  },
  { m: "write 'The End' at the end", v: { texts: [{ text: 'The End', endMs: 9000, role: 'end-card' }] } },
  { m: 'title: Our Summer', c: [{ type: 'addText', text: 'Our Summer', role: 'title' }] },
  { m: "call it 'Paris'", c: [{ type: 'addText', text: 'Paris', role: 'title' }] },
  {
    m: 'add an end card saying thanks for watching',
    c: [{ type: 'addText', text: 'thanks for watching', role: 'end-card' }],
  },
  {
    m: 'add a title "Summer 2024" at the top in yellow',
    c: [{ type: 'addText', position: 'top', color: '#ffd600' }],
  },
  { m: "add a titel 'Hello'", c: [{ type: 'addText', text: 'Hello', role: 'title' }], typo: true },
  {
    m: 'add a caption from 2s to 5s saying hello there',
    c: [{ type: 'addText', text: 'hello there', startMs: 2000, durationMs: 3000 }],
  },
  { m: 'add a title', route: 'unsupported', same: true, reply: /say/ },
  { m: 'remove all text', on: 'rich', c: [{ type: 'removeText', all: true }], v: { texts: [] } },
  {
    m: 'remove the title',
    on: 'rich',
    c: [{ type: 'removeText', role: 'title' }],
    v: { texts: [{ text: 'Day one' }] },
  },
  { m: 'delete the caption on the second photo', on: 'rich', v: { texts: [{ text: 'Road Trip' }] } },
  { m: 'no text', on: 'rich', v: { texts: [] } },
  { m: 'make the title bigger', on: 'rich', c: [{ type: 'updateText', size: 1.8 }] },
  {
    m: 'move the title to the bottom',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', position: 'bottom' }, { text: 'Day one' }] },
  },
  {
    m: "change the title to 'New Title'",
    on: 'rich',
    v: { texts: [{ text: 'New Title' }, { text: 'Day one' }] },
  },
  { m: 'make the title yellow', on: 'rich', c: [{ type: 'updateText', color: '#ffd600' }] },
  {
    m: 'show the title for 5 seconds',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', endMs: 5000 }, { text: 'Day one' }] },
  },
  { m: 'make the title bigger', route: 'unsupported', same: true, reply: /no title/ },
  { m: '加标题：我们的夏天', c: [{ type: 'addText', text: '我们的夏天', role: 'title' }] },
  { m: '加个标题“毕业快乐”，放在顶部', c: [{ type: 'addText', text: '毕业快乐', position: 'top' }] },
  { m: '前3秒显示标题“旅行”', c: [{ type: 'addText', text: '旅行', startMs: 0, durationMs: 3000 }] },
  {
    m: '加字幕“第一天”在第一张照片上',
    c: [{ type: 'addText', text: '第一天', role: 'caption', segmentIndex: 0 }],
  },
  { m: '片尾加上谢谢观看', c: [{ type: 'addText', text: '谢谢观看', role: 'end-card' }] },
  { m: '标题改成夏日回忆', on: 'rich', v: { texts: [{ text: '夏日回忆' }, { text: 'Day one' }] } },
  { m: '标题改成夏日回忆', c: [{ type: 'addText', text: '夏日回忆', role: 'title' }] },
  { m: '标题放到顶部', on: 'rich', v: { texts: [{ position: 'top' }, { text: 'Day one' }] } },
  { m: '标题大一点', on: 'rich', c: [{ type: 'updateText', size: 1.8 }] },
  { m: '删除所有文字', on: 'rich', v: { texts: [] } },
  { m: '去掉字幕', on: 'rich', v: { texts: [{ text: 'Road Trip' }] } },
  { m: '去掉标题', route: 'unsupported', same: true },

  // Music.
  {
    m: 'add music lo-fi.mp3',
    c: [{ type: 'setMusic', media: { name: 'lo-fi.mp3' } }],
    v: { audio: [{ source: 'lo-fi.mp3' }] },
  },
  { m: 'add some background music at 30%', v: { audio: [{ source: 'lo-fi.mp3', volume: 0.3 }] } },
  { m: 'use Summer Vibes.mp3 as the soundtrack', v: { audio: [{ source: 'Summer Vibes.mp3' }] } },
  { m: 'add the summer vibes song', v: { audio: [{ source: 'Summer Vibes.mp3' }] } },
  { m: 'add musci', v: { audio: [{ source: 'lo-fi.mp3' }] }, typo: true },
  { m: 'add music song.mp3', route: 'unsupported', same: true, reply: /lo-fi\.mp3/ },
  {
    m: 'set the music volume to 35%',
    on: 'rich',
    c: [{ type: 'setMusicVolume', volume: 0.35 }],
    v: { audio: [{ volume: 0.35 }] },
  },
  { m: 'lower it to 20 percent', on: 'rich', c: [{ type: 'setMusicVolume', volume: 0.2 }] },
  {
    m: 'add music lo-fi.mp3 and lower it to 20 percent',
    v: { audio: [{ source: 'lo-fi.mp3', volume: 0.2 }] },
  },
  { m: 'turn the music down', on: 'rich', c: [{ type: 'setMusicVolume', volume: 0.6 }] },
  { m: 'make the music louder', on: 'rich', c: [{ type: 'setMusicVolume', volume: 1.4 }] },
  { m: 'mute the music', on: 'rich', v: { audio: [{ volume: 0 }] } },
  { m: 'fade out the music', on: 'rich', c: [{ type: 'setMusicFade', fadeOutMs: 3000 }] },
  { m: 'fade the music out over 5 seconds', on: 'rich', v: { audio: [{ fadeOutMs: 5000 }] } },
  { m: 'fade in the music', on: 'rich', v: { audio: [{ fadeInMs: 2000 }] } },
  { m: 'remove the music', on: 'rich', c: [{ type: 'removeMusic' }], v: { audio: [] } },
  { m: 'no music', on: 'rich', v: { audio: [] } },
  { m: 'remove the music', route: 'unsupported', same: true, reply: /no music/ },
  { m: 'set the volume to 35%', route: 'unsupported', same: true, reply: /no music/ },
  {
    m: 'switch the music to Summer Vibes.mp3',
    on: 'rich',
    v: { audio: [{ source: 'Summer Vibes.mp3', volume: 1 }] },
  },
  { m: 'normalize the loudness', c: [{ type: 'setLoudness', normalize: true }] },
  { m: 'sync the cuts to the beat of the music', on: 'rich', route: 'unsupported', same: true },
  { m: '加背景音乐lo-fi.mp3', v: { audio: [{ source: 'lo-fi.mp3' }] } },
  { m: '配乐用Summer Vibes', v: { audio: [{ source: 'Summer Vibes.mp3' }] } },
  { m: '音乐音量调到30%', on: 'rich', c: [{ type: 'setMusicVolume', volume: 0.3 }] },
  { m: '音量百分之二十', on: 'rich', c: [{ type: 'setMusicVolume', volume: 0.2 }] },
  { m: '背景音乐小一点', on: 'rich', c: [{ type: 'setMusicVolume', volume: 0.6 }] },
  { m: '音乐淡出', on: 'rich', c: [{ type: 'setMusicFade', fadeOutMs: 3000 }] },
  { m: '删除背景音乐', on: 'rich', v: { audio: [] } },
  { m: '不要音乐', on: 'rich', v: { audio: [] } },

  // Order.
  {
    m: 'reverse the order',
    c: [{ type: 'reverseSegments' }],
    v: { photos: [{ source: 'forest.jpg' }, { source: 'city.jpg' }, { source: 'beach.jpg' }] },
  },
  { m: 'revers the order', c: [{ type: 'reverseSegments' }], typo: true },
  { m: 'move photo 3 to the start', c: [{ type: 'moveSegment', from: 2, to: 0 }] },
  { m: 'put the second photo first', c: [{ type: 'moveSegment', from: 1, to: 0 }] },
  { m: 'move the first photo to the end', c: [{ type: 'moveSegment', from: 0, to: 2 }] },
  { m: 'move photo 1 after photo 3', c: [{ type: 'moveSegment', from: 0, to: 2 }] },
  { m: 'move beach.jpg to position 2', c: [{ type: 'moveSegment', from: 0, to: 1 }] },
  { m: 'swap photo 1 and 3', c: [{ type: 'swapSegments', a: 0, b: 2 }] },
  { m: 'swap the first and last photos', c: [{ type: 'swapSegments', a: 0, b: 2 }] },
  { m: 'switch 1 and 2', c: [{ type: 'swapSegments', a: 0, b: 1 }] },
  { m: 'remove the second photo', c: [{ type: 'removeSegment', index: 1 }], v: { photos: { length: 2 } } },
  { m: 'delete city.jpg', c: [{ type: 'removeSegment', index: 1 }] },
  { m: 'remove the party night.jpg photo', on: 'five', c: [{ type: 'removeSegment', index: 4 }] },
  { m: 'delete the beach photo', c: [{ type: 'removeSegment', index: 0 }] },
  { m: 'remove photos 1 and 3', v: { photos: [{ source: 'city.jpg' }] } },
  { m: 'remove photo 9', route: 'unsupported', same: true, reply: /no segment 9/ },
  {
    m: 'sort by date taken',
    c: [{ type: 'sortByDate', order: 'oldest-first' }],
    v: { photos: [{ source: 'city.jpg' }, { source: 'forest.jpg' }, { source: 'beach.jpg' }] },
  },
  { m: 'newest first', c: [{ type: 'sortByDate', order: 'newest-first' }] },
  { m: 'put them in chronological order', c: [{ type: 'sortByDate', order: 'oldest-first' }] },
  { m: 'shuffle the photos', route: 'unsupported', same: true, reply: /reverse/ },
  { m: 'add the rest of the photos', v: { photos: { length: 5 } } },
  {
    m: 'add sunset.jpg at the start',
    v: {
      photos: [
        { source: 'sunset.jpg' },
        { source: 'beach.jpg' },
        { source: 'city.jpg' },
        { source: 'forest.jpg' },
      ],
    },
  },
  { m: '倒序', c: [{ type: 'reverseSegments' }] },
  { m: '顺序反过来', c: [{ type: 'reverseSegments' }] },
  { m: '按拍摄时间排序', c: [{ type: 'sortByDate', order: 'oldest-first' }] },
  { m: '最新的放前面', c: [{ type: 'sortByDate', order: 'newest-first' }] },
  { m: '交换第一张和第三张', c: [{ type: 'swapSegments', a: 0, b: 2 }] },
  { m: '第一张和第二张换一下', c: [{ type: 'swapSegments', a: 0, b: 1 }] },
  { m: '把第三张移到最前面', c: [{ type: 'moveSegment', from: 2, to: 0 }] },
  { m: '把第一张放到最后', c: [{ type: 'moveSegment', from: 0, to: 2 }] },
  { m: '删除第二张', c: [{ type: 'removeSegment', index: 1 }] },
  { m: '去掉最后一张照片', c: [{ type: 'removeSegment', index: 2 }] },
  { m: '删掉beach.jpg', c: [{ type: 'removeSegment', index: 0 }] },
  { m: '添加剩下的照片', v: { photos: { length: 5 } } },

  // Several instructions in one message.
  {
    m: "make it 9:16, 20 seconds, slide transitions and a title 'Road Trip'",
    v: {
      aspect: '9:16',
      durationMs: 20000,
      texts: [{ text: 'Road Trip', role: 'title' }],
      transitions: [{ kind: /^slide/ }, { kind: /^slide/ }],
    },
  },
  {
    m: "make it 9:16 with a title 'Road Trip'",
    c: [{ type: 'setAspect' }, { type: 'addText', text: 'Road Trip' }],
  },
  {
    m: 'black and white, zoom in on every photo and make it 12 seconds',
    v: {
      look: 'black-and-white',
      durationMs: 12000,
      photos: [{ motion: 'zoom-in' }, { motion: 'zoom-in' }, { motion: 'zoom-in' }],
    },
  },
  { m: 'swap photo 1 and 3 then fade to black', c: [{ type: 'swapSegments', a: 0, b: 2 }, t('fade-black')] },
  {
    m: "add a title 'Rock and Roll' and use crossfades",
    c: [{ type: 'addText', text: 'Rock and Roll' }, t('crossfade')],
  },
  { m: 'add a title Rock and Roll', c: [{ type: 'addText', text: 'Rock and Roll' }] },
  { m: 'make it 9:16 and add a unicorn', c: [{ type: 'setAspect', aspect: '9:16' }], reply: /unicorn/ },
  { m: 'make it 9:16 and export', route: 'export', c: [{ type: 'setAspect' }] },
  {
    m: '竖屏，20秒，加标题：我们的旅行',
    v: { aspect: '9:16', durationMs: 20000, texts: [{ text: '我们的旅行' }] },
  },
  {
    m: '改成竖屏，然后加上背景音乐lo-fi.mp3，音量30%',
    v: { aspect: '9:16', audio: [{ source: 'lo-fi.mp3', volume: 0.3 }] },
  },
  {
    m: '黑白滤镜、每张3秒、不要转场',
    on: 'rich',
    v: {
      look: 'black-and-white',
      photos: [{ durationMs: 3000 }, { durationMs: 3000 }, { durationMs: 3000 }],
      transitions: [{ kind: 'cut' }, { kind: 'cut' }],
    },
  },

  // Complaints and casual phrasing.
  { m: 'the video is too long', v: { durationMs: 6750 } },
  { m: 'its too slow', v: { durationMs: 6750 } },
  { m: '视频太长了', v: { durationMs: 6750 } },
  {
    m: 'can you make the second photo longer',
    c: [{ type: 'setSegmentDuration', durationMs: 4000, index: 1 }],
  },
  { m: 'the music is too loud', on: 'rich', c: [{ type: 'setMusicVolume', volume: 0.6 }] },
  { m: '音乐太吵了', on: 'rich', c: [{ type: 'setMusicVolume', volume: 0.6 }] },
  { m: 'the title is too small', on: 'rich', c: [{ type: 'updateText', size: 1.8 }] },
  { m: '标题太小了', on: 'rich', c: [{ type: 'updateText', size: 1.8 }] },
  {
    m: 'get rid of the music and the title',
    on: 'rich',
    c: [{ type: 'removeMusic' }, { type: 'removeText', role: 'title' }],
  },
  {
    m: 'put the sunset photo first',
    v: {
      photos: [
        { source: 'sunset.jpg' },
        { source: 'beach.jpg' },
        { source: 'city.jpg' },
        { source: 'forest.jpg' },
      ],
    },
  },
  { m: 'use sunset.jpg as the first photo', v: { photos: [{ source: 'sunset.jpg' }, {}, {}, {}] } },
  {
    m: 'I want a 30 second video for instagram reels with upbeat pacing',
    v: { durationMs: 30000, aspect: '9:16' },
  },
  {
    m: "add the caption 'Summer' on every photo",
    v: { texts: [{ text: 'Summer', startMs: 0, endMs: 9000 }] },
  },
  { m: 'undo that and make it square', c: [{ type: 'setAspect', aspect: '1:1' }], reply: /session/ },
  { m: 'thanks!', route: 'help', same: true, reply: /welcome/ },
  { m: '谢谢', route: 'help', same: true, reply: /不客气/ },

  // Beat sync ("卡点") and length following the music.
  { m: 'sync to the music', on: 'beats', c: [{ type: 'syncToBeats' }] },
  { m: 'cut on the beat', on: 'beats', c: [{ type: 'syncToBeats' }] },
  { m: 'sync the cuts to the beat', on: 'beats', c: [{ type: 'syncToBeats' }] },
  { m: '卡点', on: 'beats', c: [{ type: 'syncToBeats' }], reply: ZH },
  { m: '踩点', on: 'beats', c: [{ type: 'syncToBeats' }], reply: ZH },
  { m: '跟着节奏切换照片', on: 'beats', c: [{ type: 'syncToBeats' }] },
  // As long as the song is its length (60 s), not its last beat: a comparison is read as the seconds it names.
  { m: 'make the video as long as the song', on: 'beats', c: [{ type: 'setDuration', totalMs: 60_000 }] },
  { m: 'length follows the music', on: 'beats', c: [{ type: 'syncToBeats', fitMusic: true }] },
  { m: '视频时长跟随音乐', on: 'beats', c: [{ type: 'syncToBeats', fitMusic: true }] },
  {
    m: 'make it energetic',
    on: 'beats',
    c: [{ type: 'setSegmentDuration', durationMs: 2000 }, { type: 'setTransition' }, { type: 'syncToBeats' }],
  },
  { m: 'sync to the music', on: 'rich', route: 'unsupported', same: true, reply: /no beat data/ },
  { m: '卡点', on: 'three', route: 'unsupported', same: true, reply: /先加一首歌/ },

  // Curation: flagged near-duplicates and blurred photos.
  {
    m: 'remove duplicates',
    on: 'flagged',
    c: [
      { type: 'removeSegment', index: 2 },
      { type: 'setMeta', key: 'curation' },
    ],
  },
  { m: 'drop the blurry ones', on: 'flagged', c: [{ type: 'removeSegment', index: 3 }, { type: 'setMeta' }] },
  { m: '去掉重复的照片', on: 'flagged', c: [{ type: 'removeSegment', index: 2 }, { type: 'setMeta' }] },
  { m: '删掉模糊的', on: 'flagged', c: [{ type: 'removeSegment', index: 3 }, { type: 'setMeta' }] },
  { m: 'remove duplicates', on: 'three', route: 'unsupported', same: true, reply: /not been analysed/ },
  {
    m: 'which photos did you drop and why',
    on: 'flagged',
    route: 'curation',
    same: true,
    reply: /beach-2\.jpg \(near-duplicate of beach\.jpg\)/,
  },
  { m: '你删了哪些照片', on: 'flagged', route: 'curation', same: true, reply: /模糊/ },

  // Things it cannot do: an honest answer, the draft unchanged.
  {
    m: 'make everything black and white except the last photo',
    route: 'unsupported',
    same: true,
    reply: /whole video/,
  },
  {
    m: 'make a caption for each photo',
    route: 'unsupported',
    same: true,
    reply: /What should the caption say/,
  },
  { m: 'add a unicorn', route: 'unsupported', same: true, reply: /didn't understand.*I can change/ },
  { m: 'make it look like a Wes Anderson film with stickers', route: 'unsupported', same: true },
  { m: 'asdf qwer', route: 'unsupported', same: true },
  { m: '给我加一个独角兽', route: 'unsupported', same: true, reply: ZH },
  { m: '把视频变成3D的', route: 'unsupported', same: true, reply: /需要先分析照片/ },
];

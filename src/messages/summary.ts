import type { Texts } from './types.js';

/**
 * The one-line timeline summary (`joy make`, `joy inspect`, the session state's `summary`):
 * `Timeline (3 tracks, 1080×1920 9:16, 30 fps): 1. Video: 3 photos (0-15s) 2. BGM: …`.
 */
export const en = {
  'summary.header': {
    one: 'Timeline ({n} track, {size} {aspect}, {fps} fps{look}{fade}): {parts}',
    other: 'Timeline ({n} tracks, {size} {aspect}, {fps} fps{look}{fade}): {parts}',
  },
  'summary.look': ', look {name}',
  'summary.fadeIn': ', fade in {length}',
  'summary.fadeOut': ', fade out {length}',
  'summary.photos': { one: '{n} photo', other: '{n} photos' },
  'summary.clips': { one: '{n} clip', other: '{n} clips' },
  'summary.empty': 'empty',
  'summary.video': 'Video: {what} ({range})',
  'summary.bgm': 'BGM: {source} ({range}, {volume}%)',
  'summary.title': 'Title: "{text}" ({range})',
  'summary.endCard': 'End card: "{text}" ({range})',
  'summary.caption': 'Caption: "{text}" ({range})',
} as const;

export const zh: Texts<keyof typeof en> = {
  'summary.header': { other: '时间线（{n} 条轨道，{size} {aspect}，{fps} fps{look}{fade}）：{parts}' },
  'summary.look': '，色调 {name}',
  'summary.fadeIn': '，开头淡入 {length}',
  'summary.fadeOut': '，结尾淡出 {length}',
  'summary.photos': { other: '{n} 张照片' },
  'summary.clips': { other: '{n} 段视频' },
  'summary.empty': '空',
  'summary.video': '视频：{what}（{range}）',
  'summary.bgm': '背景音乐：{source}（{range}，{volume}%）',
  'summary.title': '标题："{text}"（{range}）',
  'summary.endCard': '片尾卡片："{text}"（{range}）',
  'summary.caption': '字幕："{text}"（{range}）',
} as const;

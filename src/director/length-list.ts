/**
 * "photos: 2s, 3s, 4s in that order", "photo lengths 2, 3 and 4 seconds", "三张分别2秒、3秒、4秒",
 * "照片时长：2秒，3秒，4秒": a run of lengths said of the photos, one per photo from the first. Spelled out
 * as "photo 1 2s; photo 2 3s; …" so the length rules read each as that photo's own, never as the last
 * length said for every photo or as the video's.
 */

const SEC = '(?:s|secs?|seconds?|秒钟?)';

import { matchesOf } from './text.js';

const ONE = String.raw`\d+(?:\.\d+)?\s*${SEC}?`;
const SEP = String.raw`\s*(?:,|，|、|/|\band\b|和|\s)\s*`;
/** Two or more lengths in a row, the last with its unit: "2s, 3s, 4s", "2, 3 and 4 seconds". */
const RUN = String.raw`(${ONE}(?:${SEP}${ONE})*${SEP}\d+(?:\.\d+)?\s*${SEC})`;

/** The photos named as the key ("photos:", "photo lengths:", "照片时长：") or a list said to go in order. */
const LISTS: RegExp[] = [
  new RegExp(
    String.raw`(?<=^|[\n;；.。]\s*)(?:the\s+)?(?:photos?|pictures?|pics|images|slides)(?:\s+(?:lengths?|durations?|times?))?\s*[:：]\s*${RUN}(?:\s*(?:,\s*)?(?:in\s+that\s+order|respectively|in\s+order))?(?=\s*(?:$|[\n;；.。]))`,
    'gi',
  ),
  new RegExp(
    String.raw`(?<=^|[\n;；.。]\s*)(?:(?:make\s+)?(?:the\s+)?(?:photos?|pictures?|pics|images|slides)\s+(?:should\s+be|are|at|get|to)\s+)?${RUN}\s*(?:,\s*)?(?:in\s+that\s+order|respectively)(?:\s+for\s+the\s+(?:first\s+)?(?:[a-z]+\s+)?(?:photos?|pictures?|pics|ones|three|two|four|five))?(?=\s*(?:$|[\n;；.。,，]))`,
    'gi',
  ),
  new RegExp(
    String.raw`(?<=^|[\n;；。，,]\s*)(?:(?:每张|各张|几张|这几张|[二两三四五六]张)?(?:照片|图片)?(?:的)?(?:时长|长度)?\s*[:：]?\s*分别(?:是|为|放|停)?|(?:照片|图片)(?:的)?(?:时长|长度)\s*[:：])\s*${RUN}(?=\s*(?:$|[\n;；。，,]))`,
    'g',
  ),
];

export function spreadLengthList(message: string): string {
  let out = message;
  for (const re of LISTS) {
    out = out.replace(re, (whole: string, run: string) => {
      const lengths = [...matchesOf(run, /\d+(?:\.\d+)?/g)].map((m) => m[0]);
      if (lengths.length < 2 || lengths.length > 12) return whole;
      const zh = /[\u4e00-\u9fff]/.test(whole);
      const items = lengths.map((n, i) => (zh ? `第${i + 1}张${n}秒` : `photo ${i + 1} ${n}s`));
      return items.join(zh ? '；' : '; ');
    });
  }
  return out;
}

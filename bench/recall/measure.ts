import { analysePhoto, mediaHints } from '../../src/analyse/index.js';
import { resolveParams } from '../../src/catalog/index.js';
import { type Box, boxInView, boxOnPlate, stillGeometry, viewRect } from '../../src/geometry/index.js';
import {
  type AspectName,
  applyCommands,
  defaultPlanCommands,
  emptyDraft,
  type MediaRef,
} from '../../src/model/index.js';
import { frameCount, segmentTimings } from '../../src/model/timeline.js';
import { effects } from '../../src/render/effects.js';
import { planFrame } from '../../src/render/frame-plan.js';
import { framedDraft } from '../../src/render/framing-pass.js';
import { type RecallPhoto, recallPhotos } from './photos.js';

/**
 * Face recall on the recall set, and what it means on screen: each photo is analysed as `joy make` does,
 * planned by the default plan in 9:16 and 4:5 cropped to fill, and every third frame of the video is
 * checked — with the renderer's own frame plan, framing pass and camera view — for which true faces
 * (with a little room) are inside the picture.
 */
export interface RecallReport {
  photos: {
    name: string;
    faces: number;
    found: number;
    falsePositives: number;
    /** Per aspect: share of sampled frames showing at least one true face, and every true face. */
    frames: Record<string, { anyFace: number; everyFace: number }>;
  }[];
  recall: number;
  precision: number;
  /** The worst video's share of sampled frames with a face in view. */
  worstAnyFace: number;
}

/** A detection matches a true face when they overlap well (IoU ≥ 0.3) or the detection's centre lies on it. */
function matches(found: Box, truth: Box): boolean {
  const ix = Math.max(0, Math.min(found.x + found.w, truth.x + truth.w) - Math.max(found.x, truth.x));
  const iy = Math.max(0, Math.min(found.y + found.h, truth.y + truth.h) - Math.max(found.y, truth.y));
  const inter = ix * iy;
  const iou = inter / (found.w * found.h + truth.w * truth.h - inter);
  const cx = found.x + found.w / 2;
  const cy = found.y + found.h / 2;
  return iou >= 0.3 || (cx >= truth.x && cx <= truth.x + truth.w && cy >= truth.y && cy <= truth.y + truth.h);
}

function framesWithFaces(photo: RecallPhoto, media: MediaRef, aspect: AspectName) {
  let draft = emptyDraft({ aspect });
  draft = applyCommands(draft, defaultPlanCommands([media], draft.canvas)).draft;
  draft = framedDraft(applyCommands(draft, [{ type: 'setFit', name: 'cover' }]).draft);
  const segment = draft.video[0]!;
  const fit = effects.fits.resolve(segment.fit.name);
  const geometry = stillGeometry(
    { width: photo.width, height: photo.height },
    draft.canvas,
    fit.layout(resolveParams(fit, segment.fit.params)),
    segment.media.focus ?? { x: 0.5, y: 0.5 },
  );
  const timings = segmentTimings(draft);
  const total = frameCount(draft);
  let sampled = 0;
  let anyFace = 0;
  let everyFace = 0;
  for (let n = 0; n < total; n += 3) {
    const planned = planFrame(draft, n, timings);
    const layer = planned.main ?? planned.transition?.b;
    if (!layer) continue;
    const view = viewRect(geometry, draft.canvas.width, draft.canvas.height, layer.camera);
    const inView = photo.faces.map((face) => boxInView(boxOnPlate(face, geometry), geometry, view));
    sampled += 1;
    if (inView.some(Boolean)) anyFace += 1;
    if (inView.every(Boolean)) everyFace += 1;
  }
  return { anyFace: anyFace / sampled, everyFace: everyFace / sampled };
}

export async function measureRecall(): Promise<RecallReport> {
  const photos = await recallPhotos();
  const report: RecallReport = { photos: [], recall: 0, precision: 0, worstAnyFace: 1 };
  let truths = 0;
  let found = 0;
  let detections = 0;
  let correct = 0;
  for (const photo of photos) {
    const analysis = await analysePhoto(photo.path);
    const hit = photo.faces.filter((truth) => analysis.faces.some((face) => matches(face, truth))).length;
    const right = analysis.faces.filter((face) => photo.faces.some((truth) => matches(face, truth))).length;
    truths += photo.faces.length;
    found += hit;
    detections += analysis.faces.length;
    correct += right;
    const media: MediaRef = {
      uri: photo.path,
      kind: 'image',
      name: photo.name,
      width: analysis.width,
      height: analysis.height,
      ...mediaHints(analysis),
    };
    const frames: Record<string, { anyFace: number; everyFace: number }> = {};
    for (const aspect of ['9:16', '4:5'] as const) {
      frames[aspect] = framesWithFaces(photo, media, aspect);
      report.worstAnyFace = Math.min(report.worstAnyFace, frames[aspect].anyFace);
    }
    report.photos.push({
      name: photo.name,
      faces: photo.faces.length,
      found: hit,
      falsePositives: analysis.faces.length - right,
      frames,
    });
  }
  report.recall = found / truths;
  report.precision = detections ? correct / detections : 1;
  return report;
}

export function printRecall(report: RecallReport): void {
  console.log('\nface recall set (cropped to fill; share of every 3rd frame with a true face in view):');
  console.log('photo            faces  found  false+   9:16 any/all    4:5 any/all');
  const pct = (v: number) => `${Math.round(v * 100)}%`.padStart(4);
  for (const p of report.photos) {
    const a = p.frames['9:16']!;
    const b = p.frames['4:5']!;
    console.log(
      `${p.name.padEnd(16)} ${String(p.faces).padStart(5)}  ${String(p.found).padStart(5)}  ${String(p.falsePositives).padStart(6)}   ${pct(a.anyFace)} / ${pct(a.everyFace)}    ${pct(b.anyFace)} / ${pct(b.everyFace)}`,
    );
  }
  console.log(
    `recall ${(report.recall * 100).toFixed(0)}%, precision ${(report.precision * 100).toFixed(0)}%, worst video ${pct(report.worstAnyFace)} of frames with a face in view`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) printRecall(await measureRecall());

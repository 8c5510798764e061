import { positionAwayFromFaces } from '../geometry/index.js';
import { type Draft, defaultTextPosition, type TextSegment } from '../model/draft.js';
import { segmentTimings } from '../model/timeline.js';
import { faceSpansOnCanvas } from './face-safety.js';

/**
 * The text placement pass: where each text shows, derived after the edit commands from the face analysis
 * and the canvas, never written back into the draft. A text whose place no one chose (`autoPosition`)
 * goes to its role's default, or the nearest place that covers no face of the photos on screen while it
 * shows (through their whole motion, as the framing pass frames them); a place someone chose is kept.
 * The renderer, `joy inspect` and the studio's view all read positions through this one pass.
 */
export function placedTexts(draft: Draft): Draft {
  if (!draft.texts.some((text) => text.autoPosition)) return draft;
  const timings = segmentTimings(draft);
  const spans = new Map<number, [number, number][]>();
  const spansOf = (index: number) => {
    let found = spans.get(index);
    if (!found) {
      found = faceSpansOnCanvas(draft.video[index]!, draft.canvas);
      spans.set(index, found);
    }
    return found;
  };
  const place = (text: TextSegment): TextSegment => {
    const end = text.startMs + text.durationMs;
    const onScreen = timings
      .filter((timing) => timing.startMs < end && timing.endMs > text.startMs)
      .flatMap((timing) => spansOf(timing.index));
    return { ...text, position: positionAwayFromFaces(defaultTextPosition(text.role), onScreen) };
  };
  return { ...draft, texts: draft.texts.map((text) => (text.autoPosition ? place(text) : text)) };
}

import { type Canvas, defaultPlanCommands, type EditCommand, type MediaRef } from '../model/index.js';

/**
 * Commands that make a first video from the uploaded media, the same plan `joy make` uses
 * (`defaultPlanCommands`): every photo and clip in upload order, about 3 s a photo (longer when there
 * are few, shorter when there are many), crossfades, gentle motion that varies from photo to photo,
 * framing without black bars, and the first audio file as music.
 */
export function createFromMedia(
  media: readonly MediaRef[],
  canvas: Pick<Canvas, 'width' | 'height'>,
): EditCommand[] {
  return defaultPlanCommands(media, canvas);
}

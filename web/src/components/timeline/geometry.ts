/** Spacing shared by the timeline's rows (the content is drawn with this margin on both ends). */
export const PAD = 12;
export const TEXT_LANE_HEIGHT = 30;
/** On a touch screen a text block is a 44 px tap target (styles.css), so its lanes are taller. */
export const TEXT_LANE_HEIGHT_TOUCH = 48;
export const WAVE_HEIGHT = 36;
export const BEAT_TICK_HEIGHT = 7;

import type { Draft, EditCommand } from '../model/index.js';
import type { Mapped } from './text.js';

/**
 * Camera moves said in sequence across the photos: "first zoom in then zoom out", "zoom in on the first
 * half, zoom out on the rest", "start with a pan left and end with a zoom out", "前面放大后面缩小",
 * "开头放大，结尾缩小". Moves said as a run share the photos in order, in equal consecutive runs (the
 * first runs take one more when they do not divide evenly); a move the video starts with is the first
 * photo's, one it ends with the last photo's, and photos no move was said for keep theirs.
 */

/** `first` and `last` ("first …", "finally …", 先, 最后) are a run, or the opening and the closing move beside one. */
type Kind = 'start' | 'end' | 'run' | 'first' | 'last';

/**
 * Words that place a move in the sequence; they are blanked so the move is read on its own. A word said
 * after its move ("zoom in at the start") is marked `after`; the rest go with the move that follows.
 */
const MARKS: [RegExp, Kind, after?: boolean][] = [
  [
    /\b(?:start|begin|open|kick\s+off|lead\s+off)(?:s|ning|ing)?\s+(?:(?:it|things|the\s+(?:video|slideshow))\s+)?(?:with|on|by)\b|(?:开头|一开始|开场|片头)(?:的时候|时)?(?:先)?(?:用|是)?/g,
    'start',
  ],
  [
    /\b(?:at|in)\s+the\s+(?:very\s+)?(?:start|beginning|opening)\b|\bto\s+start(?:\s+with)?\b|\b(?:for|on)\s+the\s+(?:intro|opening)\b/g,
    'start',
    true,
  ],
  [
    /\b(?:end|finish|close|wrap\s+up)(?:s|ing|ed)?\s+(?:(?:it|things|the\s+(?:video|slideshow))\s+)?(?:with|on|by)\b|(?:结尾|片尾|收尾|结束)(?:的时候|时)?(?:再)?(?:用|是)?/g,
    'end',
  ],
  [
    /\b(?:at|in)\s+the\s+(?:very\s+)?(?:end|ending|close|finish)\b|\bto\s+(?:finish|end|close)(?:\s+with)?\b|\b(?:for|on)\s+the\s+(?:outro|ending)\b/g,
    'end',
    true,
  ],
  [
    /(?<!\bthe\s+)\b(?:first(?:ly)?(?:\s+of\s+all)?|at\s+first|to\s+begin\s+with)\b(?!\s+(?:\d|two|three|four|five|few|couple|half|photo|picture|pic|image|shot|slide|one|transition))|先/g,
    'first',
  ],
  [/\b(?:finally|lastly|last\s+of\s+all)\b|最后(?!\s*(?:的)?(?:一|\d)?(?:张|个|幅))/g, 'last'],
  [
    /\b(?:(?:on|for|in|during|over)\s+)?the\s+(?:first|second|latter|last|other|front|back)\s+half(?:\s+of\s+(?:the\s+)?(?:photos|pictures|pics|images|slides|video|slideshow|them))?\b|\b(?:first|second)\s+half\b|\b(?:(?:on|for|in|to)\s+)?(?:all\s+)?the\s+(?:rest|others|remaining(?:\s+(?:ones|photos|pictures))?|other\s+(?:ones|photos|pictures))\b|\b(?:after\s+that|afterwards?|later(?:\s+on)?)\b|(?<![张个幅])再(?=\s*(?:放大|缩小|拉远|推近|平移|左移|右移|向|往|静止|漂|旋转))|之后|后来|(?:前面|后面|前半|后半)(?:部分|段|截)?(?:的)?(?:几张|那些|照片|图片)?|[前后]几张|(?:剩下|其余|其他)(?:的)?(?:几张|那些|照片|图片)?/g,
    'run',
  ],
];
/** Sequence words that also separate instructions: they mark a sequence but stay for the split. */
const LINKS = /\b(?:then|next)\b|然后|接着/;
/**
 * A photo named by place, number or name: the moves are for those photos, not a sequence. "the first two"
 * with no noun after it names photos as well ("zoom in on the first two, zoom out on the rest").
 */
const PHOTO_NAMED =
  /\b(?:the\s+)?(?:first|last|final)\s+(?:\d|two|three|four|five)\b(?!\s*(?:\.\d|s\b|secs?\b|seconds?\b|ms\b|%|percent\b|x\b|times\b))|\b(?:photo|picture|pic|image|shot|slide)s?\s*(?:#|number\s*)?\d|\b(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|last|final|\d{1,2}(?:st|nd|rd|th))\s+(?:(?:\d|two|three|four|five)\s+)?(?:photo|picture|pic|image|shot|slide|one)s?\b|第\s*\d+\s*(?:张|个|幅)|[前后]\s*\d+\s*张|最后(?:的)?(?:一|\d)?(?:张|个|幅)|[那这]张|\.(?:jpe?g|png|heic|webp)\b/;
/** Rough camera-move words, to tell a sequence of moves from other things said in order. */
const MOVE =
  /\bthen\s+(?:back\s+)?(?:out|in|left|right|up|down)\b|\bzoom|\bpan(?:s|ning|ned)?\b|\bdrift|\btilt|\bpush\s+in|\bpull\s+(?:out|back)|\bken\s+burns|\bstill\b|\bstatic\b|\brotat|放大|缩小|拉远|推近|平移|左移|右移|静止|漂移|旋转|[左右上下]摇/g;

export interface SequenceMark {
  at: number;
  kind: Kind;
  after?: boolean;
}

/**
 * Finds the words that say moves come in sequence (when at least two moves are said and no photo is
 * named) and blanks them; `marks` is empty when there is no sequence.
 */
export function takeSequence(norm: Mapped): { norm: Mapped; marks: SequenceMark[] } {
  const moves = norm.text.match(MOVE)?.length ?? 0;
  if (moves < 2 || PHOTO_NAMED.test(norm.text)) return { norm, marks: [] };
  const marks: SequenceMark[] = [];
  let text = norm.text;
  for (const [re, kind, after] of MARKS) {
    re.lastIndex = 0;
    text = text.replace(re, (word, at: number) => {
      marks.push({ at, kind, ...(after ? { after } : {}) });
      return ' '.repeat(word.length);
    });
  }
  const link = LINKS.exec(text);
  if (link) marks.push({ at: link.index, kind: 'run' });
  if (marks.length === 0) return { norm, marks: [] };
  return { norm: { text, map: norm.map }, marks };
}

/** A direction said alone after a move ("zoom in then out", "pan left and then right"): that move, turned. */
const TURNED: Record<string, Record<string, string>> = {
  out: { 'zoom-in': 'zoom-out', 'push-in': 'zoom-out' },
  in: { 'zoom-out': 'zoom-in' },
  left: { 'pan-right': 'pan-left', 'pan-up': 'pan-left', 'pan-down': 'pan-left' },
  right: { 'pan-left': 'pan-right', 'pan-up': 'pan-right', 'pan-down': 'pan-right' },
  up: { 'pan-down': 'pan-up', 'pan-left': 'pan-up', 'pan-right': 'pan-up' },
  down: { 'pan-up': 'pan-down', 'pan-left': 'pan-down', 'pan-right': 'pan-down' },
};
const BARE_DIRECTION =
  /^\s*(?:and\s+)?(?:(?:zoom|pan)\s+)?(?:back\s+)?(in|out|left|right|up|down)(?:\s+again)?\s*$/;
const TRAILING = /^[\s,]*(?:and\s+)?then\s+(?:back\s+)?(in|out|left|right|up|down)(?:\s+again)?\s*$/;

type Motion = Extract<EditCommand, { type: 'setMotion' }>;

/** The instruction a mark belongs to: the one it is in, else the one before or after it as it is said. */
function markedPiece(pieces: readonly SequencePiece[], mark: SequenceMark): number {
  const inside = pieces.findIndex((piece) => mark.at >= piece.start && mark.at < piece.end);
  if (inside >= 0) return inside;
  if (mark.after) return pieces.findLastIndex((piece) => piece.end <= mark.at);
  return pieces.findIndex((piece) => piece.start > mark.at);
}

export interface SequencePiece {
  start: number;
  end: number;
  commands: readonly EditCommand[];
  text: string;
}

/**
 * The moves of a sequence laid out on the photos, and which instructions they replace; undefined when
 * the instructions do not say two moves, each for no photo in particular.
 */
export function sequence(
  pieces: readonly SequencePiece[],
  said: readonly SequenceMark[],
  draft: Draft,
  text: string,
): { commands: EditCommand[]; pieces: Set<number> } | undefined {
  let marks = said;
  if (draft.video.length < 2) return undefined;
  // A mark inside a move for one photo ("the dog photo at the end") places that photo, not the sequence.
  const onePhoto = (piece: SequencePiece) =>
    piece.commands.some((command) => command.type === 'setMotion' && command.index !== undefined);
  marks = marks.filter((mark) => {
    const inside = pieces.find((piece) => mark.at >= piece.start && mark.at < piece.end);
    return !(inside && onePhoto(inside));
  });
  if (marks.length === 0) return undefined;
  const moves: { move: Motion; kind: Kind }[] = [];
  const starts = marks.some((mark) => mark.kind === 'start');
  const ends = marks.some((mark) => mark.kind === 'end');
  const used = new Set<number>();
  for (const [k, piece] of pieces.entries()) {
    const motions = piece.commands.filter((command): command is Motion => command.type === 'setMotion');
    if (motions.length > 0 && motions.length === piece.commands.length) {
      // "…and the dog photo at the end should stay still": a move for one photo is read on its own after the
      // sequence, which still runs across every photo.
      if (motions.some((command) => command.index !== undefined)) continue;
      const said = marks.find((mark) => mark.kind !== 'run' && markedPiece(pieces, mark) === k)?.kind;
      const kind =
        said === 'first'
          ? ends
            ? 'start'
            : 'run'
          : said === 'last'
            ? starts
              ? 'end'
              : 'run'
            : (said ?? 'run');
      for (const command of motions) moves.push({ move: command, kind });
      used.add(k);
      // "zoom in then out": a direction alone is no instruction of its own, so it is found after the move.
      const trailing = TRAILING.exec(text.slice(piece.end, pieces[k + 1]?.start ?? text.length));
      const turned = trailing ? TURNED[trailing[1]!]?.[motions.at(-1)!.name] : undefined;
      if (turned) moves.push({ move: { ...motions.at(-1)!, name: turned }, kind: 'run' });
      continue;
    }
    const bare = piece.commands.length === 0 ? BARE_DIRECTION.exec(piece.text) : null;
    const before = moves.at(-1)?.move;
    const turned = bare && before ? TURNED[bare[1]!]?.[before.name] : undefined;
    if (turned && before) {
      moves.push({ move: { ...before, name: turned }, kind: 'run' });
      used.add(k);
    }
  }
  if (moves.length < 2) return undefined;
  const count = draft.video.length;
  const commands: EditCommand[] = [];
  const opening = moves.find((move) => move.kind === 'start');
  const closing = [...moves].reverse().find((move) => move.kind === 'end' && move !== opening);
  const runs = moves.filter((move) => move !== opening && move !== closing);
  const from = opening ? 1 : 0;
  const to = closing ? count - 1 : count;
  if (opening) commands.push({ ...opening.move, index: 0 });
  const span = Math.max(0, to - from);
  let index = from;
  for (const [k, move] of runs.entries()) {
    const size = Math.floor(span / runs.length) + (k < span % runs.length ? 1 : 0);
    for (let n = 0; n < size; n++, index++) commands.push({ ...move.move, index });
  }
  if (closing) commands.push({ ...closing.move, index: count - 1 });
  return { commands, pieces: used };
}

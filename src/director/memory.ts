import type { EditCommand } from '../model/index.js';
import { TOPICS, type Topic } from './rules/types.js';

/**
 * What the conversation was last about, kept between messages so later ones can point back at it:
 * "make them longer" (the topic), "make that one longer" / "make it 5 seconds" (the photo talked
 * about), "move it to the top" (the text), "and the third one too" (the last edit made to one photo).
 * It travels in `DraftHistory.topic` as JSON, so `joy edit` keeps it in its history file.
 */
export interface Memory {
  topic?: Topic;
  /** The photo (0-based) the last edit was about, when it was about one photo. */
  photo?: number;
  /** The photos the last edit was about, when it named several ("make them longer" after photos 2 and 3). */
  photos?: number[];
  /** The role of the text the last edit added or changed. */
  text?: 'title' | 'caption' | 'end-card';
  /** The texts the last two edits changed, when the last said "the caption too": "both of them" next. */
  texts?: ('title' | 'caption' | 'end-card')[];
  /** The transitions (0-based) the last two edits changed, when the last said "the next one too". */
  transitions?: number[];
  /** The last edit made to one photo, without its index, to repeat on another ("the third one too"). */
  repeat?: EditCommand[];
  /** The edits the last message made, to move elsewhere when the next one corrects it ("no, I meant photo 3"). */
  last?: EditCommand[];
  /** The history version those edits made, so a correction only takes them back while they are the newest. */
  at?: number;
  /** The last length said with a number was each photo's ("每张4秒"): a plain length next keeps that. */
  lengthScope?: 'each';
  /** The last message that changed something, when its change was a step ("longer"), for "a bit more". */
  said?: string;
}

export function readMemory(stored: string | undefined): Memory {
  if (!stored) return {};
  const plain = TOPICS.find((topic) => topic === stored);
  if (plain) return { topic: plain };
  try {
    const value = JSON.parse(stored) as Memory;
    if (!value || typeof value !== 'object') return {};
    return {
      ...(TOPICS.includes(value.topic as Topic) ? { topic: value.topic } : {}),
      ...(Number.isInteger(value.photo) && (value.photo ?? -1) >= 0 ? { photo: value.photo } : {}),
      ...(Array.isArray(value.photos) &&
      value.photos.length > 1 &&
      value.photos.length <= 20 &&
      value.photos.every((index) => Number.isInteger(index) && index >= 0)
        ? { photos: value.photos }
        : {}),
      ...(value.text === 'title' || value.text === 'caption' || value.text === 'end-card'
        ? { text: value.text }
        : {}),
      ...(Array.isArray(value.texts) &&
      value.texts.length === 2 &&
      value.texts.every((role) => role === 'title' || role === 'caption' || role === 'end-card')
        ? { texts: value.texts }
        : {}),
      ...(Array.isArray(value.transitions) &&
      value.transitions.length > 1 &&
      value.transitions.length <= 20 &&
      value.transitions.every((index) => Number.isInteger(index) && index >= 0)
        ? { transitions: value.transitions }
        : {}),
      ...(Array.isArray(value.repeat) && value.repeat.length > 0 && value.repeat.length <= 4
        ? { repeat: value.repeat }
        : {}),
      ...(Array.isArray(value.last) && value.last.length > 0 && value.last.length <= 8
        ? { last: value.last }
        : {}),
      ...(Number.isInteger(value.at) ? { at: value.at } : {}),
      ...(value.lengthScope === 'each' ? { lengthScope: value.lengthScope } : {}),
      ...(typeof value.said === 'string' && value.said.length <= 300 ? { said: value.said } : {}),
    };
  } catch {
    return {};
  }
}

export function writeMemory(memory: Memory): string | undefined {
  const keys = Object.keys(memory).filter((key) => memory[key as keyof Memory] !== undefined);
  if (keys.length === 0) return undefined;
  if (keys.length === 1 && memory.topic) return memory.topic;
  return JSON.stringify(memory);
}

/** The photo a command is about, when it is about exactly one. */
export function photoOf(command: EditCommand): number | undefined {
  switch (command.type) {
    case 'setSegmentDuration':
    case 'setMotion':
    case 'setFit':
      return command.index;
    case 'addText':
      return command.segmentIndex;
    case 'moveSegment':
      return command.to;
    default:
      return undefined;
  }
}

/** Commands that can be repeated on another photo by changing their index. */
const REPEATABLE = new Set(['setSegmentDuration', 'setMotion', 'setFit', 'addText']);

/** The memory after an edit: what it was about replaces what the conversation was about before. */
export function remember(
  before: Memory,
  commands: readonly EditCommand[],
  topic: Topic | undefined,
  textRole?: Memory['text'],
): Memory {
  if (commands.length === 0) return before;
  const next: Memory = { ...before, ...(topic ? { topic } : {}) };
  const photos = [...new Set(commands.map(photoOf))];
  delete next.photos;
  delete next.texts;
  delete next.transitions;
  if (photos.length > 1 && photos.every((index) => index !== undefined))
    next.photos = (photos as number[]).sort((a, b) => a - b);
  if (photos.length === 1 && photos[0] !== undefined) {
    next.photo = photos[0];
    const repeatable = commands.filter((command) => REPEATABLE.has(command.type));
    if (repeatable.length > 0)
      next.repeat = repeatable.map((command) => {
        const {
          index: _index,
          segmentIndex: _segment,
          ...rest
        } = command as EditCommand & {
          index?: number;
          segmentIndex?: number;
        };
        return rest as EditCommand;
      });
    else delete next.repeat;
  } else if (commands.some((command) => command.type !== 'setMeta')) {
    // An edit of the whole video: "it" no longer points at one photo.
    delete next.photo;
    delete next.repeat;
  }
  if (textRole) next.text = textRole;
  return next;
}

/** A repeated command aimed at another photo. */
export function aimAt(command: EditCommand, index: number): EditCommand {
  if (command.type === 'addText') return { ...command, segmentIndex: index };
  return { ...command, index } as EditCommand;
}

/**
 * "第二张放大，第四张拉远" then "它们都改成静止": a message that edited several photos one by one leaves them all
 * as "them" for the next message, the last one still "it".
 */
export function rememberPhotosOfMessage(memory: Memory, commands: readonly EditCommand[]): Memory {
  if (memory.photos) return memory;
  const ones = commands.filter((command) => REPEATABLE.has(command.type) && command.type !== 'addText');
  const photos = [...new Set(ones.map(photoOf))];
  if (photos.length < 2 || photos.some((index) => index === undefined)) return memory;
  return { ...memory, photos: (photos as number[]).sort((a, b) => a - b) };
}

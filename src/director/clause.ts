import { isQuoteChar, type Mapped, matchesOf, QUOTE_BASE } from './text.js';

const STOP_WORDS = new Set(
  `a an the it its it's them they this that these those my me i we our your you please pls plz can could would will
  should just also now then and or but so to into in on at of for with by from as make made set change use put give let
  get turn have has want need like do be is are was some all every each photo photos picture pictures image images pic
  pics video videos clip clips movie one ones bit little lot more much very really too ok okay thanks thank hey hi hello
  nice good great beautiful awesome amazing lovely smooth animated mp4 file files uploaded upload here there what how
  way something look looks feel again instead only same both whole entire kind sort maybe perhaps kinda sure yes go let's
  lets i'd i'm im wanna gonna try add new remove delete rid drop clear erase take out off away no without kill lose
  strip hide over actually honestly basically but sorry oops whoops nope wait nah yeah yep yup hmm um uh oh ah aw lol scratch perfect excellent brilliant fantastic wow omg cute that's it's there's looks love loving`.split(
    /\s+/,
  ),
);

const ZH_FILLER =
  /哦不|噢不|算了|不对|还是|其实|删除|删掉|去掉|去除|移除|不要|请|帮我|帮忙|麻烦|给我|谢谢|好的|可以|我们|现在|然后|视频|照片|图片|相片|改成|改为|设置|设为|变成|一下|一点|一些|全部|所有|把|将|的|了|吧|呢|啊|呀|吗|嗯|哦|我|你|它|这|那|个|都|也|就|再|让|要|想|成|是|用|和|跟|与|在|上|中|里|每|一|些|下|点|做|弄|整|来|们|得|地|着|过|能|好|图|加|给|谢/g;

/**
 * One instruction of a message. Rules `take` what they understand, which blanks it, so one phrase is
 * never read twice (a title's "3 seconds" is not also the video's length) and what is left over tells
 * whether anything went unread.
 */
export class Clause {
  /** The working text: lowercase, normalised, with taken spans blanked. */
  text: string;
  /** The normalised text as it was before any rule took from it. */
  readonly source: string;
  private readonly map: number[];
  /** Which characters a rule has taken. */
  private readonly taken: boolean[];

  constructor(
    mapped: Mapped,
    /** The message with quotes replaced, as typed (case, width and characters kept). */
    private readonly raw: string,
    readonly quotes: readonly string[],
    /** The whole message as the rules read it: lowercase, narrow, Simplified Mandarin. */
    private readonly said = raw.toLowerCase(),
  ) {
    this.text = mapped.text;
    this.source = mapped.text;
    this.map = mapped.map;
    this.taken = new Array<boolean>(mapped.text.length).fill(false);
  }

  /** Finds the first match of a (non-global) regex in the working text and blanks it. */
  take(re: RegExp): RegExpExecArray | null {
    re.lastIndex = 0;
    const match = re.exec(this.text);
    if (!match) return null;
    this.blank(match.index, match.index + match[0].length);
    return match;
  }

  /** The working state, to put back when a rule took words it then could not use. */
  snapshot(): { text: string; taken: boolean[] } {
    return { text: this.text, taken: [...this.taken] };
  }

  restoreSnapshot(state: { text: string; taken: boolean[] }): void {
    this.text = state.text;
    for (let i = 0; i < this.taken.length; i++) this.taken[i] = state.taken[i] ?? false;
  }

  /** Takes every match of a regex. */
  takeAll(re: RegExp): RegExpExecArray[] {
    const out: RegExpExecArray[] = [];
    for (let match = this.take(re); match && out.length < 50; match = this.take(re)) out.push(match);
    return out;
  }

  has(re: RegExp): boolean {
    re.lastIndex = 0;
    return re.test(this.text);
  }

  blank(start: number, end: number): void {
    for (let i = Math.max(0, start); i < Math.min(end, this.taken.length); i++) this.taken[i] = true;
    this.text = this.text.slice(0, start) + ' '.repeat(Math.max(0, end - start)) + this.text.slice(end);
  }

  /**
   * Runs of text after `from` that no rule has taken (whitespace-only runs skipped), as positions in the
   * working text — where an unquoted title is.
   */
  freeRuns(from: number): { start: number; end: number }[] {
    const runs: { start: number; end: number }[] = [];
    let start = -1;
    for (let i = Math.max(0, from); i <= this.text.length; i++) {
      const free = i < this.text.length && !this.taken[i];
      if (free && start < 0) start = i;
      if (!free && start >= 0) {
        if (this.text.slice(start, i).trim()) runs.push({ start, end: i });
        start = -1;
      }
    }
    return runs;
  }

  /** What the person typed between two positions of the working text, quotes restored. */
  original(start: number, end: number): string {
    const from = this.map[Math.max(0, start)] ?? 0;
    const to = this.map[Math.min(this.map.length - 1, end)] ?? this.raw.length;
    return this.restore(this.raw.slice(from, Math.max(from, to)));
  }

  /** Quote placeholders still in the working text, with their positions. */
  quoteSpans(): { text: string; start: number }[] {
    const out: { text: string; start: number }[] = [];
    for (let i = 0; i < this.text.length; i++) {
      const ch = this.text[i]!;
      if (isQuoteChar(ch)) {
        const text = this.quotes[ch.charCodeAt(0) - QUOTE_BASE];
        if (text !== undefined) out.push({ text, start: i });
      }
    }
    return out;
  }

  restore(text: string): string {
    return text.replace(/[\uE000-\uE03F]/g, (ch) => this.quotes[ch.charCodeAt(0) - QUOTE_BASE] ?? '');
  }

  /** Meaningful words nobody took: latin words that are not filler, numbers, quotes, Chinese phrases. */
  leftover(): string[] {
    const out: string[] = [];
    for (const match of matchesOf(this.text, /[a-z][a-z'’&]*|\d+(?:\.\d+)?|[\uE000-\uE03F]/g)) {
      if (!STOP_WORDS.has(match[0])) out.push(match[0]);
    }
    const chinese = this.text.replace(ZH_FILLER, ' ');
    for (const match of matchesOf(chinese, /[\u3400-\u9fff\uf900-\ufaff]+/g)) out.push(match[0]);
    return out;
  }

  /** The whole message this clause came from, lowercase (for words that qualify another clause). */
  get message(): string {
    return this.said;
  }

  /** The whole clause as typed (for "I didn't understand …"). */
  typed(): string {
    // Words blanked before the rules read ("I hope this isn't a silly thing to ask, but") are not quoted back.
    const start = this.source.search(/\S/);
    const end = this.source.trimEnd().length;
    return this.original(Math.max(0, start), start < 0 ? this.source.length : end).trim();
  }
}

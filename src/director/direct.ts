import { type JoyError, toJoyError } from '../errors.js';
import { t } from '../messages/index.js';
import { sayPhrase } from '../messages/phrase.js';
import { applyCommands, type Change, type Draft, draftDurationMs, type EditCommand } from '../model/index.js';
import { Clause } from './clause.js';
import { PlannerError, planWithLlm } from './llm.js';
import { mandarinText } from './mandarin.js';
import { readMemory, rememberPhotosOfMessage, writeMemory } from './memory.js';
import { forgetPrepared, nameWords, planWithRules, prepare, type RulePlan } from './plan.js';
import { greetingOnly, praiseOf, smallTalkOf } from './praise.js';
import { asksHowTo, CONDITIONAL_LEAD, exportQuestion, namesThenRemoves, questionRoute } from './reading.js';
import { CAN_DO, editReply, errorReply, exportAnswer, helpReply, shape, statusReply } from './reply.js';
import { curationReply } from './rules/curation.js';
import { holdsOn } from './rules/index.js';
import { BRINGS_BACK } from './rules/routes.js';
import { stepLines } from './step-lines.js';
import { withoutFrame } from './terse.js';
import { detectLang, extractQuotes, QUOTE_BASE } from './text.js';
import type {
  AnswerRoute,
  DirectOptions,
  DirectorContext,
  DirectorLogger,
  DirectorResult,
  Lang,
} from './types.js';
import { takePositions } from './values.js';

const defaultLogger: DirectorLogger = {
  warn(message, details) {
    if ((process.env.JOY_LOG_LEVEL ?? '').toLowerCase() === 'silent') return;
    console.error(`[director] ${message}${details ? ` ${JSON.stringify(details)}` : ''}`);
  },
};

const ROUTE_PRIORITY: AnswerRoute[] = ['undo', 'redo', 'export', 'status', 'credits', 'curation', 'help'];

function pick(routes: readonly AnswerRoute[]): AnswerRoute | undefined {
  return ROUTE_PRIORITY.find((route) => routes.includes(route));
}

function result(
  route: DirectorResult['route'],
  draft: Draft,
  reply: string,
  lang: Lang,
  extra: Partial<DirectorResult> = {},
): DirectorResult {
  return { route, commands: [], changes: [], draft, reply, planner: 'rules', lang, ...extra };
}

/** How many steps "undo twice", "undo 3 steps", "undo the last two things", "撤销两次", "撤回三步" ask for (1 when it says none). */
function repeatCount(message: string): number {
  // "撤销上一步就行，别撤两步": a count said not to be taken is not the count.
  const text = message.toLowerCase().replace(/(?:别|不要|不用|don'?t|not)\s*(?:撤|undo)?[^，,。.;；]*/g, ' ');
  if (/\btwice\b/.test(text)) return 2;
  if (/\bthrice\b/.test(text)) return 3;
  if (/\bboth\b|两个都|两步都/.test(text)) return 2;
  // "undo everything", "全部撤销": back to where the history starts.
  if (
    /\b(?:all|everything|every\s+(?:change|edit|step)|start\s+(?:over|again|from\s+scratch)|reset)\b|全部|所有|都撤|从头再来|重新来过|最开始/.test(
      text,
    )
  )
    return 30;
  const words: Record<string, number> = {
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    两: 2,
    二: 2,
    三: 3,
    四: 4,
    五: 5,
  };
  const match =
    /\b(\d+|two|three|four|five)\s+(?:times?|steps?|changes|edits|things|actions|moves)\b|\b(?:last|previous|past)\s+(\d+|two|three|four|five)\b|(\d+|[两二三四五])\s*(?:次|步|个(?:修改|改动|操作)|处)|(?:\bx|×)\s*(\d+)\b/.exec(
      text,
    );
  // "undo the last two things", "undo the previous 3": the count after "last" is the steps too.
  // "undo x2", "撤销 ×3": the count written as a multiple.
  const said = match?.[1] ?? match?.[2] ?? match?.[3] ?? match?.[4];
  if (!said) return 1;
  const count = words[said] ?? Number(said);
  return Number.isInteger(count) && count > 0 ? Math.min(count, 30) : 1;
}

/** The words of one way through the history: an undo ("undo", "撤销") or a redo ("redo", "重做"). */
const HISTORY_WAYS: readonly ['undo' | 'redo', RegExp][] = [
  ['redo', /\bre-?do\b|重做/],
  ['undo', /\bundo\b|\bgo\s+back\b|撤销|撤回|回退/],
];

/**
 * "undo twice, then redo once", "撤销两次，再重做一次": the steps back and forward in the order said, each
 * with its count. Undefined unless the message goes both ways.
 */
function historyWalk(message: string): ('undo' | 'redo')[] | undefined {
  const parts = message.split(/\bthen\b|\band\b|[,，;；]|然后|再(?=重做|撤)/i);
  const walk = parts.flatMap((part) => {
    const way = HISTORY_WAYS.find(([, words]) => words.test(part.toLowerCase()))?.[0];
    return way ? Array.from({ length: repeatCount(part) }, () => way) : [];
  });
  return walk.includes('undo') && walk.includes('redo') ? walk : undefined;
}

/**
 * "undo that — the black and white — and then …", "撤销刚才那步（黑白），然后…": the words set off after the
 * undo only name what it takes back; read as a request they would put it right back on.
 */
const UNDONE_NAMED: readonly RegExp[] = [
  /\b((?:undo|revert|take\s+back|roll\s+back)\s+(?:that|this|it|the\s+last\s+(?:one|change|step|edit)))\s*(?:[—–]+|--|\()\s*[^—–()\n]{1,40}?\s*(?:[—–]+|--|\))/gi,
  /((?:撤销|撤回|取消|还原)(?:一下)?(?:刚才|刚刚|上一步|上一个|最后一步)?(?:那|这)?(?:一)?(?:步|个|次)?)\s*(?:[—–]+|（|\()[^—–（）()\n]{1,20}(?:[—–]+|）|\))/g,
];

function withoutUndoneNamed(message: string): string {
  return UNDONE_NAMED.reduce((text, words) => text.replace(words, '$1 '), message);
}

/** Answers a message that asks for no edit. */
async function answer(
  route: AnswerRoute,
  ctx: DirectorContext,
  lang: Lang,
  options: DirectOptions,
  message = '',
): Promise<DirectorResult> {
  const draft = ctx.draft;
  const cli = options.surface === 'cli';
  // "删错了，恢复一下", "put it back": with nothing undone to put back, what is brought back is what the
  // last step took away.
  if (
    route === 'redo' &&
    ctx.history &&
    !ctx.history.canRedo() &&
    ctx.history.canUndo() &&
    BRINGS_BACK.test(message)
  )
    route = 'undo';
  switch (route) {
    case 'undo':
    case 'redo': {
      const action = t(lang, `director.action.${route}`);
      if (!ctx.history) {
        const reply = cli ? t(lang, `director.${route}.cli`) : t(lang, 'director.noHistory', { action });
        return result(route, draft, reply, lang);
      }
      const left = ctx.history.current;
      const from = ctx.history.version;
      // "undo twice", "撤销三步": step back that many times, stopping where the history ends; "undo twice,
      // then redo once": each way in turn.
      const walk = historyWalk(message) ?? Array.from({ length: repeatCount(message) }, () => route);
      let moved: Draft | undefined;
      for (const way of walk) {
        // A step past either end of the history is skipped; the steps after it still go.
        moved = (way === 'undo' ? ctx.history.undo() : ctx.history.redo()) ?? moved;
      }
      if (!moved) return result(route, draft, t(lang, 'director.nothingTo', { action }), lang);
      // Where the walk ended says which way it went in all ("undo, then redo" comes back where it began).
      route = ctx.history.version < from ? 'undo' : 'redo';
      // Say what the step took back (or put back): the state it left, as the edits that made it.
      const lines = stepLines(route === 'undo' ? left : moved, route === 'undo' ? moved : left);
      const reply =
        lines.length > 0
          ? t(lang, route === 'undo' ? 'director.undid' : 'director.redid', {
              lines: lines.map((line) => sayPhrase(lang, line)).join(lang === 'zh' ? '；' : '; '),
              shape: shape(moved, lang),
            })
          : t(lang, route === 'undo' ? 'director.undone' : 'director.redone', {
              version: ctx.history.version,
              shape: shape(moved, lang),
            });
      return result(route, moved, reply, lang);
    }
    case 'export': {
      if (draft.video.length === 0 && draftDurationMs(draft) === 0) {
        return result('unsupported', draft, t(lang, 'director.export.empty'), lang);
      }
      const reply = t(lang, cli ? 'director.export.cli' : 'director.export.start', {
        shape: shape(draft, lang),
        size: `${draft.canvas.width}×${draft.canvas.height}`,
        fps: draft.canvas.fps,
      });
      return result(route, draft, reply, lang);
    }
    case 'credits': {
      if (options.credits) {
        try {
          const info = await options.credits();
          const frozen = info.frozen ? t(lang, 'director.credits.frozen', { n: info.frozen }) : '';
          const reply = t(lang, 'director.credits', { n: info.available, frozen });
          return result(route, draft, reply, lang);
        } catch (error) {
          (options.logger ?? defaultLogger).warn('credits lookup failed', {
            error: toJoyError(error).message,
          });
        }
      }
      const reply = t(lang, cli ? 'director.credits.cli' : 'director.credits.unknown');
      return result(route, draft, reply, lang);
    }
    case 'status':
      return result(route, draft, statusReply(draft, lang, message), lang);
    case 'curation':
      return result(route, draft, curationReply(draft, lang), lang);
    case 'help':
      return result(route, draft, helpReply(message, lang), lang);
  }
}

/**
 * "hey, I'm new here. what are the different motion options? not changing anything yet": a question among
 * sentences that ask for nothing (greetings, context, "just asking") is still only a question. Undefined
 * when no sentence asks, or when another sentence asks for an edit or an answer of its own.
 */
function questionAmongChat(
  text: string,
  ctx: Parameters<typeof planWithRules>[1],
  planned = false,
): AnswerRoute | undefined {
  // "title? get rid of it": the question only names what the request after it removes.
  if (namesThenRemoves(text)) return undefined;
  const sentences = (
    text.match(/(?:[^.!?？。！;；\n,，]|[,，](?!\s*(?:but\b|但是?|不过)))+[.!?？。！;；]*/g) ?? []
  )
    .map((sentence) => sentence.trim())
    .filter((sentence) => /\p{L}/u.test(sentence));
  if (sentences.length < 2 || sentences.length > 8) return undefined;
  for (const [at, sentence] of sentences.entries()) {
    const route = questionRoute(sentence);
    if (!route) continue;
    const rest = sentences.filter((_, k) => k !== at).join('. ');
    // "你觉得字幕放上面好还是下面好？放上面吧": a request after the question that leans on its words is no chat.
    if (planned && LEANS_ON_QUESTION.test(rest.toLowerCase())) return undefined;
    const others = planWithRules(rest, ctx);
    return others.commands.length === 0 && others.routes.length === 0 && !others.createAsked
      ? route
      : undefined;
  }
  return undefined;
}

/**
 * "why is it so long?? make it 6 seconds total", "为什么这么慢？每张2秒", "怎么还是横屏的？改成竖屏": a question
 * (often a complaint) with a request after it asks for the request, read without the question. Returns the
 * message less its questions, or undefined when no request follows a question.
 */
function requestAfterQuestion(message: string, ctx: Parameters<typeof planWithRules>[1]): string | undefined {
  const { text, quotes } = extractQuotes(message.slice(0, 2000));
  // Each sentence keeps its mark: "is the zooming too much?" asks only with it.
  const said = (text.match(/[^?？!！。;；\n]+[?？!！。;；\n]*/g) ?? [])
    .flatMap((sentence) => sentence.split(/(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])/))
    .map((sentence) => sentence.trim())
    .filter((sentence) => /[\p{L}\uE000-\uE03F]/u.test(sentence));
  const sentences = said.map((sentence) => sentence.replace(/[?？!！。;；\n]+$/, '').trim());
  if (sentences.length < 2 || sentences.length > 8) return undefined;
  const routes = said.map((sentence) => questionRoute(mandarinText(sentence)));
  const asked = routes.map((route) => route !== undefined);
  const first = asked.indexOf(true);
  // "what styles do you have? I'm planning a wedding video": asking what Joy offers stays a question.
  if (first < 0 || routes.includes('help') || !asked.slice(first + 1).includes(false)) return undefined;
  const unquote = (words: string) =>
    words.replace(/[\uE000-\uE03F]/g, (ch) => `"${quotes[ch.charCodeAt(0) - QUOTE_BASE] ?? ''}"`);
  const questions = sentences.filter((_, k) => asked[k]).join('. ');
  let rest = unquote(sentences.filter((_, k) => !asked[k]).join('. '));
  // "would black and white suit it? let us try it": the request only points back at what was asked about.
  if (DO_WHAT_WAS_ASKED.test(rest.toLowerCase().replace(CONDITIONAL_LEAD, ' ')))
    rest = unquote(questions.replace(ASKED_OPINION, ''));
  // "is the title readable? maybe put it on a box": "it" is the thing the question named, so the whole
  // message is read together.
  else if (/\b(?:put|move|place|give|turn|resize)\s+it\b/.test(rest.toLowerCase())) return undefined;
  // "do you think it needs music? if so add something calm": the request is about what the question was.
  else {
    const subject = QUESTION_SUBJECTS.find(
      ([about, named]) => about.test(questions.toLowerCase()) && !named.test(rest.toLowerCase()),
    );
    if (subject) rest = `${rest} ${subject[2]}`;
  }
  return planWithRules(rest, ctx).commands.length > 0 ? rest : undefined;
}

/** "… be too much", "… suit a graduation video", "… look good": the opinion asked, not part of the request. */
const ASKED_OPINION =
  /\b(?:be|is|are|looks?|seems?|feels?)\s+(?:too\s+much|too\s+\w+|ok(?:ay)?|good|nice|better|fine|right|weird|odd)\b.*$|\b(?:suits?|fits?|works?)\s+(?:for\s+)?(?:a|an|the|my|our|this)\b.*$/i;
/** An imperative or "…吧" in the sentences after a question: they ask for something, if only by pointing back. */
const LEANS_ON_QUESTION =
  /^\s*(?:maybe\s+|then\s+|ok(?:ay)?\s+|so\s+)?(?:try|use|put|make|add|change|set|go\s+with|go\s+for|let'?s|let\s+us|keep|move|do)\b|吧\s*[.!。！]*\s*$|^\s*(?:那|那就|就)?(?:放|改|用|加|换|调)/;
/** "let's try it", "if there is, use it", "那就用吧": a request that only says to do what was asked about. */
const DO_WHAT_WAS_ASKED =
  /^\s*(?:(?:ok(?:ay)?|then|so|yes|yeah|sure|alright|great|good)[\s,]+)*(?:let'?s|let\s+us|please|just|go\s+ahead\s+and|(?:can|could)\s+(?:you|we))?\s*(?:try|use|do|apply|add|go\s+with|go\s+for|put\s+on|turn\s+on)\s+(?:it|that|this|one|them)(?:\s+(?:then|please|out|on|anyway|now))*\s*[.!]*\s*$|^\s*(?:那|那就|就|好)?(?:试试|试一下|用|用上|加上|加|来)(?:吧|一下|看看|它)?\s*$/;
/**
 * What an opinion question was about, when the request after it names nothing of its own ("something
 * calm", "来首欢快的"): the question's subject, the words that would name it in the request, and the word
 * that says it there.
 */
const QUESTION_SUBJECTS: readonly [RegExp, RegExp, string][] = [
  [
    /\b(?:music|songs?|soundtrack|bgm|tracks?)\b|音乐|配乐|歌/,
    /\b(?:music|songs?|soundtrack|bgm|tracks?|tunes?|pieces?)\b|音乐|配乐|歌|曲|首/,
    'music',
  ],
];

/** "I couldn't do that: …" in the message's language; a refusal from the catalogue is said in it directly. */
function refusal(lang: Lang, error: JoyError): string {
  return errorReply(lang, error);
}

function fromPlan(
  plan: RulePlan,
  ctx: DirectorContext,
  extra: Partial<DirectorResult>,
): DirectorResult | undefined {
  const { lang } = plan;
  if (plan.error) {
    return result('unsupported', ctx.draft, refusal(lang, plan.error), lang, extra);
  }
  if (plan.commands.length === 0) return undefined;
  const exportAfter = plan.routes.includes('export');
  // "i don't want any text" on a draft without text: commands that change nothing are not a change to
  // report ("removed all text (0)"); the person hears that it is so already, or why nothing moved.
  if (plan.routes.length === 0 && plan.createCount === 0 && sameDraft(plan.draft, ctx.draft)) {
    const zh = lang === 'zh';
    const notes = [...new Set(plan.notes.map((n) => n[lang]))].join(zh ? '' : ' ');
    const unread =
      plan.unread.length > 0
        ? t(lang, 'director.alsoUnread', { list: plan.unread.join(zh ? '、' : '”, “') })
        : '';
    const reply = notes
      ? `${notes}${unread} ${t(lang, 'director.unchanged')}`
      : `${t(lang, 'director.alreadySo', {
          lines: plan.changes.map((change) => sayPhrase(lang, change)).join(zh ? '；' : '; '),
          shape: shape(ctx.draft, lang),
        })}${unread}`;
    return result('edit', ctx.draft, reply, lang, {
      commands: plan.commands,
      changes: plan.changes,
      ...extra,
    });
  }
  let reply = editReply({ ...plan, exportAfter });
  if (plan.routes.includes('status')) reply += ` ${statusReply(plan.draft, lang)}`;
  ctx.history?.push(plan.draft);
  return {
    route: exportAfter ? 'export' : plan.createCount > 0 ? 'create' : 'edit',
    commands: plan.commands,
    changes: plan.changes,
    draft: plan.draft,
    reply,
    planner: 'rules',
    lang,
    ...extra,
  };
}

/** The one photo a question names ("what's the second photo?", "第二张是什么？"), if it names one. */
function askedPhoto(message: string, context: DirectorContext): number | undefined {
  if (context.draft.video.length === 0) return undefined;
  const prep = prepare(message, nameWords(context));
  const clause = new Clause(prep.norm, prep.raw, prep.quotes, prep.said);
  const named = [...new Set(takePositions(clause, context.draft).map((position) => position.index))];
  return named.length === 1 ? named[0] : undefined;
}

function sameDraft(a: Draft, b: Draft): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function nothingDone(
  plan: RulePlan,
  ctx: DirectorContext,
  message: string,
  extra: Partial<DirectorResult>,
): DirectorResult {
  const { lang } = plan;
  const zh = lang === 'zh';
  // "好靚", "looks great, thanks": nothing to do, and a word of thanks back rather than a question.
  const praise = praiseOf(mandarinText(message));
  if (praise) {
    const reply = t(lang, praise === 'praise' ? 'director.praised' : 'director.thanks', {
      shape: shape(ctx.draft, lang),
    });
    return result('help', ctx.draft, reply, lang, extra);
  }
  if (plan.commands.length === 0 && greetingOnly(mandarinText(message)))
    return result(
      'help',
      ctx.draft,
      t(lang, 'director.greeting', { shape: shape(ctx.draft, lang) }),
      lang,
      extra,
    );
  const notes = [...new Set(plan.notes.map((n) => n[lang]))].join(zh ? '' : ' ');
  if (plan.createAsked && ctx.draft.video.length > 0 && !notes) {
    const count = ctx.draft.video.length;
    const reply = t(lang, 'director.alreadyMade', {
      items: t(lang, 'director.made.items', { n: count }),
      shape: shape(ctx.draft, lang),
    });
    return result('create', ctx.draft, reply, lang, extra);
  }
  if (notes) {
    const unread =
      plan.unread.length > 0
        ? t(lang, 'director.alsoUnread', { list: plan.unread.join(zh ? '、' : '”, “') })
        : '';
    return result(
      plan.createAsked ? 'create' : 'unsupported',
      ctx.draft,
      `${notes}${unread} ${t(lang, 'director.unchanged')}`,
      lang,
      extra,
    );
  }
  if (!plan.understood && plan.unread.length === 0 && /\p{L}/u.test(message)) {
    // "thanks", "ok", "谢谢": nothing to do, and nothing misunderstood; "hold on, I'm still thinking": wait.
    const waiting = holdsOn(mandarinText(message).toLowerCase());
    const talk = smallTalkOf(mandarinText(message));
    const reply = t(
      lang,
      waiting
        ? 'director.holding'
        : talk === 'thanks'
          ? 'director.thanks'
          : talk === 'greeting'
            ? 'director.greeting'
            : 'director.ready',
      { shape: shape(ctx.draft, lang) },
    );
    return result('help', ctx.draft, reply, lang, extra);
  }
  if (plan.unread.length === 0 && message.trim() && plan.understood) {
    const reply = t(lang, 'director.already', { shape: shape(ctx.draft, lang) });
    return result('edit', ctx.draft, reply, lang, extra);
  }
  const typed = plan.unread.length > 0 ? plan.unread.join(zh ? '、' : '”, “') : message.trim().slice(0, 80);
  const reply = typed ? t(lang, 'director.notUnderstood', { typed, canDo: CAN_DO[lang] }) : CAN_DO[lang];
  return result('unsupported', ctx.draft, reply, lang, extra);
}

/**
 * Turns one chat message into edits of the draft, or an answer. Deterministic rules by default; with
 * `options.llm` a language model plans instead, and any failure of it falls back to the rules. It never
 * throws: every message gets a reply, and a draft that could not be changed is returned unchanged.
 */
export async function direct(
  message: string,
  context: DirectorContext,
  options: DirectOptions = {},
): Promise<DirectorResult> {
  forgetPrepared();
  const logger = options.logger ?? defaultLogger;
  let lang: Lang = 'en';
  message = withoutFrame(withoutUndoneNamed(message));
  try {
    lang = detectLang(extractQuotes(message.slice(0, 2000)).text);
    const memory = readMemory(context.history?.topic);
    let plan = planWithRules(message, { ...context, topic: memory.topic, memory });
    // "remove the second photo" then "no, I meant the third photo": the photos are counted as they were before
    // the removal, so a correction that names a photo the removal took out of the count is read on that draft.
    // Read again only when the first reading found nothing it could do: most messages after a removal
    // are new requests, and planning each twice would double their cost.
    if (
      !plan.corrects &&
      (plan.error !== undefined || !plan.understood || plan.commands.length === 0) &&
      context.history &&
      memory.at === context.history.version &&
      memory.last?.some((command) => command.type === 'removeSegment')
    ) {
      const before = context.history.latest(() => true);
      const again = before
        ? planWithRules(message, { ...context, draft: before, topic: memory.topic, memory })
        : undefined;
      if (again?.corrects && !again.error) plan = again;
    }
    // "why is it so long?? make it 6 seconds total": the request, without the question before it.
    const request =
      plan.commands.length > 0
        ? requestAfterQuestion(message, { ...context, topic: memory.topic, memory })
        : undefined;
    if (request) plan = planWithRules(request, { ...context, topic: memory.topic, memory });
    let tookBack = '';
    if (plan.corrects && context.history && memory.at === context.history.version && !plan.error) {
      // "no, I meant photo 3": the last message's edits come off before they go where they were meant.
      const left = context.history.current;
      const moved = context.history.undo();
      if (moved) {
        plan = planWithRules(request ?? message, { ...context, draft: moved, topic: memory.topic, memory });
        const lines = stepLines(left, moved);
        if (lines.length > 0)
          tookBack = t(lang, 'director.tookBack', {
            lines: lines.map((line) => sayPhrase(lang, line)).join(lang === 'zh' ? '；' : '; '),
          });
        context = { ...context, draft: moved };
      }
    }
    if (context.history && plan.commands.length > 0)
      context.history.topic = writeMemory({
        ...rememberPhotosOfMessage(plan.memory, plan.commands),
        at: context.history.version + 1,
      });
    const route = pick(plan.routes);
    // A question answers; it never edits ("what does the timeline look like now?").
    // "how do I export?" asks how, even though it names an answer of its own.
    const unquoted = mandarinText(extractQuotes(message.slice(0, 2000)).text);
    // "能导出 4K 吗？", "can you export in 4K?": what Joy can export is answered, never done.
    const exportAsked = exportQuestion(unquoted);
    if (exportAsked)
      return result('help', context.draft, exportAnswer(exportAsked, context.draft, lang), lang);
    const asked =
      (route && !asksHowTo(unquoted)) || request
        ? undefined
        : (questionRoute(unquoted) ??
          (plan.commands.length > 0 || plan.routes.length === 0
            ? questionAmongChat(
                unquoted,
                { ...context, topic: memory.topic, memory },
                plan.commands.length > 0,
              )
            : undefined));
    if (asked) {
      // "what's the second photo?" then "make that one longer": the photo asked about is "that one" next.
      const asked1 = askedPhoto(message, context);
      if (asked1 !== undefined && context.history) {
        const { last: _last, said: _said, at: _at, repeat: _repeat, photos: _photos, ...kept } = memory;
        context.history.topic = writeMemory({ ...kept, photo: asked1 });
      }
      return await answer(asked, context, lang, options, mandarinText(message));
    }
    if ((route === 'undo' || route === 'redo') && !context.history && plan.commands.length > 0) {
      plan.notes.push({
        en: t('en', `director.${route}.editOnly`),
        zh: t('zh', `director.${route}.editOnly`),
      });
    }
    if ((route === 'undo' || route === 'redo') && context.history && plan.commands.length > 0) {
      // "undo that and make it square": step back first, then edit the older version.
      const moved = route === 'undo' ? context.history.undo() : context.history.redo();
      if (moved)
        plan = planWithRules(request ?? message, { ...context, draft: moved, topic: memory.topic, memory });
      context = { ...context, draft: context.history.current };
    }

    const extra: Partial<DirectorResult> = {};
    const answerOnly = route !== undefined && plan.commands.length === 0 && plan.unread.length === 0;
    if (options.llm && !answerOnly) {
      try {
        const llm = await planWithLlm(message, context, options.llm, {
          fetch: options.fetch,
          signal: options.signal,
        });
        if (llm.commands.length === 0) {
          const llmRoute = pick(llm.routes);
          if (llmRoute) return { ...(await answer(llmRoute, context, lang, options)), planner: 'llm' };
          throw new PlannerError('the model asked for nothing', 'no-call');
        }
        let applied: { draft: Draft; changes: Change[] };
        try {
          applied = applyCommands(context.draft, llm.commands);
        } catch (error) {
          throw new PlannerError(`its commands failed: ${toJoyError(error).message}`, 'apply');
        }
        context.history?.push(applied.draft);
        const exportAfter = llm.routes.includes('export');
        return {
          route: exportAfter ? 'export' : 'edit',
          commands: llm.commands as EditCommand[],
          changes: applied.changes,
          draft: applied.draft,
          reply: editReply({
            lang,
            commands: llm.commands,
            changes: applied.changes,
            createCount: 0,
            draft: applied.draft,
            notes: [],
            unread: [],
            exportAfter,
          }),
          planner: 'llm',
          lang,
        };
      } catch (error) {
        const reason =
          error instanceof PlannerError
            ? `${error.kind}: ${error.message}`
            : `unexpected: ${toJoyError(error).message}`;
        logger.warn('language-model planner failed; using the rules', { reason });
        extra.fallback = reason;
      }
    }

    const edited = fromPlan(plan, context, extra);
    if (edited) return tookBack ? { ...edited, reply: `${tookBack} ${edited.reply}` } : edited;
    if (route) return { ...(await answer(route, context, lang, options, mandarinText(message))), ...extra };
    return nothingDone(plan, context, message, extra);
  } catch (error) {
    // A bug in a rule must not lose the message: say so, change nothing.
    logger.warn('director failed', { error: toJoyError(error).message });
    const reply = t(lang, 'director.crashed', { canDo: CAN_DO[lang] });
    return result('unsupported', context.draft, reply, lang);
  }
}

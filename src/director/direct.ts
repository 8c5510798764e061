import { toJoyError } from '../errors.js';
import { applyCommands, type Draft, draftDurationMs, type EditCommand } from '../model/index.js';
import { PlannerError, planWithLlm } from './llm.js';
import { planWithRules, type RulePlan } from './plan.js';
import { questionRoute } from './reading.js';
import { CAN_DO, editReply, errorReply, helpReply, shape, statusReply } from './reply.js';
import { curationReply } from './rules/curation.js';
import { TOPICS } from './rules/types.js';
import { detectLang, extractQuotes } from './text.js';
import type {
  AnswerRoute,
  DirectOptions,
  DirectorContext,
  DirectorLogger,
  DirectorResult,
  Lang,
} from './types.js';

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

/** Answers a message that asks for no edit. */
async function answer(
  route: AnswerRoute,
  ctx: DirectorContext,
  lang: Lang,
  options: DirectOptions,
  message = '',
): Promise<DirectorResult> {
  const zh = lang === 'zh';
  const draft = ctx.draft;
  const cli = options.surface === 'cli';
  switch (route) {
    case 'undo':
    case 'redo': {
      const word = route === 'undo' ? (zh ? '撤销' : 'undo') : zh ? '重做' : 'redo';
      if (!ctx.history) {
        const reply = cli
          ? zh
            ? `${word}只能在对话会话里用（joy serve 或 studio）；命令行直接改写草稿文件，想保留旧版本请先复制一份或用 -o 另存。`
            : `${route === 'undo' ? 'Undo' : 'Redo'} is only available in a chat session (joy serve or the studio); the CLI edits the draft file in place, so keep a copy or use -o to write a new file.`
          : zh
            ? `这个草稿还没有历史记录，没有可以${word}的。`
            : `This draft has no history yet, so there is nothing to ${word}.`;
        return result(route, draft, reply, lang);
      }
      const moved = route === 'undo' ? ctx.history.undo() : ctx.history.redo();
      if (!moved) {
        return result(route, draft, zh ? `没有可以${word}的了。` : `There is nothing to ${word}.`, lang);
      }
      const version = ctx.history.version;
      const reply = zh
        ? `已${word}，回到第 ${version} 版（${shape(moved, lang)}）。`
        : `${route === 'undo' ? 'Undone' : 'Redone'}: back to version ${version} (${shape(moved, lang)}).`;
      return result(route, moved, reply, lang);
    }
    case 'export': {
      if (draft.video.length === 0 && draftDurationMs(draft) === 0) {
        const reply = zh
          ? '还没有可以导出的内容：时间线是空的。请先上传照片，然后说“做成视频”。'
          : 'There is nothing to export yet: the timeline is empty. Upload photos and say “make a video” first.';
        return result('unsupported', draft, reply, lang);
      }
      const size = `${draft.canvas.width}×${draft.canvas.height}${zh ? '，' : ', '}${draft.canvas.fps} fps`;
      const reply = cli
        ? zh
          ? `要导出，请对这个草稿运行 joy render（${shape(draft, lang)}，${size}）。`
          : `To export, run joy render on this draft (${shape(draft, lang)}, ${size}).`
        : zh
          ? `开始导出 MP4（${shape(draft, lang)}，${size}）。`
          : `Exporting your video as MP4 (${shape(draft, lang)}, ${size}).`;
      return result(route, draft, reply, lang);
    }
    case 'credits': {
      if (options.credits) {
        try {
          const info = await options.credits();
          const frozen = info.frozen ? (zh ? `（冻结 ${info.frozen}）` : ` (${info.frozen} frozen)`) : '';
          const reply = zh
            ? `你还有 ${info.available} 积分可用${frozen}。导出视频不消耗积分。`
            : `You have ${info.available} credits available${frozen}. Exporting costs no credits.`;
          return result(route, draft, reply, lang);
        } catch (error) {
          (options.logger ?? defaultLogger).warn('credits lookup failed', {
            error: toJoyError(error).message,
          });
        }
      }
      const reply = cli
        ? zh
          ? '命令行在本机渲染，不使用积分。'
          : 'The CLI renders on this machine and uses no credits.'
        : zh
          ? '现在查不到积分余额；导出视频不消耗积分。'
          : "I can't look up the credit balance right now; exporting never costs credits.";
      return result(route, draft, reply, lang);
    }
    case 'status':
      return result(route, draft, statusReply(draft, lang), lang);
    case 'curation':
      return result(route, draft, curationReply(draft, lang), lang);
    case 'help':
      return result(route, draft, helpReply(message, lang), lang);
  }
}

function fromPlan(
  plan: RulePlan,
  ctx: DirectorContext,
  extra: Partial<DirectorResult>,
): DirectorResult | undefined {
  const { lang } = plan;
  if (plan.error) {
    return result('unsupported', ctx.draft, errorReply(lang, plan.error.message), lang, extra);
  }
  if (plan.commands.length === 0) return undefined;
  const exportAfter = plan.routes.includes('export');
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

function nothingDone(
  plan: RulePlan,
  ctx: DirectorContext,
  message: string,
  extra: Partial<DirectorResult>,
): DirectorResult {
  const { lang } = plan;
  const zh = lang === 'zh';
  const notes = [...new Set(plan.notes.map((n) => n[lang]))].join(zh ? '' : ' ');
  if (plan.createAsked && ctx.draft.video.length > 0 && !notes) {
    const count = ctx.draft.video.length;
    const reply = zh
      ? `视频已经做好了（${count} 个素材，${shape(ctx.draft, lang)}）。告诉我想改什么，或者说“导出”。`
      : `The video is already made (${count} item${count === 1 ? '' : 's'}, ${shape(ctx.draft, lang)}). Tell me what to change, or say “export”.`;
    return result('create', ctx.draft, reply, lang, extra);
  }
  if (notes) {
    const unread =
      plan.unread.length > 0
        ? zh
          ? ` 另外没看懂“${plan.unread.join('、')}”。`
          : ` I also didn't understand “${plan.unread.join('”, “')}”.`
        : '';
    return result(
      plan.createAsked ? 'create' : 'unsupported',
      ctx.draft,
      `${notes}${unread} ${zh ? '草稿没有改动。' : 'Nothing was changed.'}`,
      lang,
      extra,
    );
  }
  if (!plan.understood && plan.unread.length === 0 && /\p{L}/u.test(message)) {
    // "thanks", "ok", "谢谢": nothing to do, and nothing misunderstood.
    const reply = zh
      ? `不客气！想改什么就告诉我（${shape(ctx.draft, lang)}），满意了就说“导出”。`
      : `You're welcome! Tell me what to change (${shape(ctx.draft, lang)}), or say “export” when it looks right.`;
    return result('help', ctx.draft, reply, lang, extra);
  }
  if (plan.unread.length === 0 && message.trim() && plan.understood) {
    const reply = zh
      ? `已经是这样了，没有改动（${shape(ctx.draft, lang)}）。`
      : `That's already the case, so nothing changed (${shape(ctx.draft, lang)}).`;
    return result('edit', ctx.draft, reply, lang, extra);
  }
  const typed = plan.unread.length > 0 ? plan.unread.join(zh ? '、' : '”, “') : message.trim().slice(0, 80);
  const reply = typed
    ? zh
      ? `没看懂“${typed}”，草稿没有改动。${CAN_DO.zh}`
      : `I didn't understand “${typed}”, so nothing changed. ${CAN_DO.en}`
    : CAN_DO[lang];
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
  const logger = options.logger ?? defaultLogger;
  let lang: Lang = 'en';
  try {
    lang = detectLang(extractQuotes(message.slice(0, 2000)).text);
    const carried = TOPICS.find((topic) => topic === context.history?.topic);
    let plan = planWithRules(message, { ...context, topic: carried });
    if (context.history && plan.commands.length > 0 && plan.topic) context.history.topic = plan.topic;
    const route = pick(plan.routes);
    // A question answers; it never edits ("what does the timeline look like now?").
    const asked = route ? undefined : questionRoute(extractQuotes(message.slice(0, 2000)).text);
    if (asked) return await answer(asked, context, lang, options, message);
    if ((route === 'undo' || route === 'redo') && !context.history && plan.commands.length > 0) {
      plan.notes.push({
        en: `(${route === 'undo' ? 'Undo' : 'Redo'} needs a chat session's history, so I only made the edit.)`,
        zh: `（${route === 'undo' ? '撤销' : '重做'}需要对话会话的历史记录，所以只做了修改。）`,
      });
    }
    if ((route === 'undo' || route === 'redo') && context.history && plan.commands.length > 0) {
      // "undo that and make it square": step back first, then edit the older version.
      const moved = route === 'undo' ? context.history.undo() : context.history.redo();
      if (moved) plan = planWithRules(message, { ...context, draft: moved });
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
        let applied: { draft: Draft; changes: string[] };
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
    if (edited) return edited;
    if (route) return { ...(await answer(route, context, lang, options)), ...extra };
    return nothingDone(plan, context, message, extra);
  } catch (error) {
    // A bug in a rule must not lose the message: say so, change nothing.
    logger.warn('director failed', { error: toJoyError(error).message });
    const reply =
      lang === 'zh'
        ? `处理这条消息时出错了，草稿没有改动。${CAN_DO.zh}`
        : `Something went wrong reading that, so nothing changed. ${CAN_DO.en}`;
    return result('unsupported', context.draft, reply, lang);
  }
}

/**
 * A message that only praises or thanks ("好靚", "太棒了", "不错不错", "love it!", "looks great, thanks"):
 * nothing to change, and it deserves a friendly answer rather than "I didn't understand". It is read on
 * the Mandarin copy of the message, so Cantonese (好正, 好靚, 多謝晒) counts too.
 *
 * Only the whole message counts: "漂亮一点" and "酷一点" ask for a change, "好看吗" asks a question.
 */
const DEGREE =
  '(?:好|很|真|太|超级?|非常|特别|挺|蛮|几|相当|实在|简直|真的|好好|这么|那么|so|really|very|super|truly|just|absolutely)';
const ZH_PRAISE =
  '(?:漂亮|好看|美|正|棒|赞|不错|完美|喜欢|钟意|满意|可爱|帅|酷|厉害|犀利|劲|掂|出色|精彩|感人|绝|牛|优秀|惊艳|好东西|有感觉|有feel|爱了|爱死了|靓|美美的?|到位|(?:做|弄|剪|整|干)得(?:很|真|太|非常|好)?(?:好|棒|漂亮|不错|好看))';
const EN_PRAISE =
  '(?:love(?:\\s+(?:it|this|that))?|loving\\s+(?:it|this)|like\\s+(?:it|this)|(?:it\\s+)?looks?\\s+(?:\\w+\\s+)?(?:great|good|amazing|awesome|perfect|beautiful|lovely|nice|fantastic|gorgeous)|great|nice|good|cool|perfect|awesome|amazing|beautiful|lovely|wonderful|fantastic|brilliant|excellent|gorgeous|stunning|wow|omg|sweet|neat|superb|good\\s+job|well\\s+done|nailed\\s+it|so\\s+good)';
const THANKS =
  '(?:谢谢|感谢|多谢|谢啦|谢了|辛苦了|辛苦晒|thanks?(?:\\s+(?:you|so\\s+much|a\\s+lot))?|thx|ty|cheers)';
const FILLER =
  "(?:[\\s,.!~，。！～、…]|\\p{Extended_Pictographic}|\\uFE0F|啊|呀|哦|喔|耶|哇|啦|喇|嘞|咯|哈+|嘻+|了|的|呢|哟|噢|我|你|觉得|(?:that|this|it)(?:\\s+is|\\s+was|'s)?|i|the|video|视频|这个|这|个|真的|yes|yeah|oh|ah|haha+|lol|ok|okay|wow)";

const PRAISE_WORD = new RegExp(`${DEGREE}*\\s*(?:${ZH_PRAISE}|\\b${EN_PRAISE}\\b)`, 'u');
const WHOLE = new RegExp(
  `^(?:${FILLER}|${DEGREE}*\\s*(?:${ZH_PRAISE}|\\b${EN_PRAISE}\\b)|${THANKS})+$`,
  'iu',
);

/** 'praise' for a message of praise (thanks or not), 'thanks' for thanks alone, undefined otherwise. */
export function praiseOf(message: string): 'praise' | 'thanks' | undefined {
  const text = message.trim().toLowerCase();
  if (!text || !WHOLE.test(text)) return undefined;
  const withoutThanks = text.replace(new RegExp(THANKS, 'giu'), ' ');
  if (PRAISE_WORD.test(withoutThanks)) return 'praise';
  return new RegExp(THANKS, 'iu').test(text) ? 'thanks' : undefined;
}

/** "hi", "hello there", "hey joy", "good morning", "你好", "嗨", "在吗": a greeting, which gets one back. */
const GREETING =
  /(?:^|[\s,!.])(?:hi|hiya|hey|hello|hallo|howdy|yo|greetings|good\s+(?:morning|afternoon|evening)|morning|你好|您好|嗨|哈喽|哈啰|嗨喽|早上好|下午好|晚上好|早安|在吗|在不在|哈囉|你好呀)(?=$|[\s,!.~，！。])/iu;
const THANKED = new RegExp(THANKS, 'iu');

/**
 * What a message that asks for nothing says instead: thanks, a greeting, or nothing in particular
 * ("ok", "hmm").
 */
export function smallTalkOf(message: string): 'thanks' | 'greeting' | undefined {
  const text = message.trim().toLowerCase();
  if (THANKED.test(text)) return 'thanks';
  return GREETING.test(text) ? 'greeting' : undefined;
}

const GREETING_ONLY =
  /^(?:[\s,!.~，！。～]|\p{Extended_Pictographic}|\uFE0F)*(?:(?:oh\s+)?(?:hi|hiya|hey|hello|hallo|howdy|yo|greetings|good\s+(?:morning|afternoon|evening|day)|morning|你好|您好|嗨|哈喽|哈啰|嗨喽|早上好|下午好|晚上好|早安|哈囉)(?:\s+(?:there|joy|guys|friend|buddy|all|everyone|again|mate))*(?:[\s,!.~，！。～]|\p{Extended_Pictographic}|\uFE0F)*)+$/iu;

/** Whether the whole message is a greeting ("hey joy!", "good morning", "你好呀" aside). */
export function greetingOnly(message: string): boolean {
  return GREETING_ONLY.test(message.trim());
}

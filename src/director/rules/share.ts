import { type MessageKey, phrase } from '../../messages/index.js';
import { findPreset } from '../../model/index.js';
import { addVocabulary } from '../fuzzy.js';
import { type Family, note } from './types.js';

/**
 * "can you post it to my TikTok for me", "upload this to YouTube", "帮我发到抖音": Joy makes the video but
 * has no access to anyone's accounts, so a request to publish changes nothing and says how to get there
 * (export, then upload; the platform's shape on the way). A purpose ("I'll post it on TikTok", "发抖音用的")
 * is left to the format family, which shapes the video for that platform.
 */

/**
 * The places people ask Joy to post to: the words that name one, what to call it and what to say to
 * shape the video for it (catalogue messages), and that shape — Joy's preset for the platform where it
 * has one, else an aspect.
 */
interface Platform {
  words: string;
  name: MessageKey;
  say: MessageKey;
  shape: string;
}

const PLATFORMS: readonly Platform[] = [
  {
    words: '(?:youtube|yt)\\s+shorts?|shorts',
    name: 'note.share.name.shorts',
    say: 'note.share.say.shorts',
    shape: 'shorts',
  },
  {
    words: '(?:instagram|insta|ig)\\s+reels?|reels?',
    name: 'note.share.name.reels',
    say: 'note.share.say.reels',
    shape: 'reels',
  },
  {
    words: '(?:instagram|insta|ig)\\s+stor(?:y|ies)|snapchat|snap|视频号|快手|kuaishou',
    name: 'note.share.name.otherApp',
    say: 'note.share.say.vertical',
    shape: '9:16',
  },
  {
    words: 'tik\\s?tok|douyin|抖音',
    name: 'note.share.name.tiktok',
    say: 'note.share.say.tiktok',
    shape: 'tiktok',
  },
  {
    words: 'instagram|insta|ig',
    name: 'note.share.name.instagram',
    say: 'note.share.say.instagram',
    shape: 'instagram-feed',
  },
  {
    words: 'youtube|yt|油管|b站|bilibili|哔哩哔哩',
    name: 'note.share.name.youtube',
    say: 'note.share.say.youtube',
    shape: 'youtube',
  },
  {
    words: '小红书|xiaohongshu|rednote|red\\s+note',
    name: 'note.share.name.rednote',
    say: 'note.share.say.rednote',
    shape: '3:4',
  },
  {
    words: 'facebook|fb|twitter|whatsapp|wechat|weibo|pinterest|linkedin|threads|微信|朋友圈|微博|群里|群聊',
    name: 'note.share.name.otherApp',
    say: 'note.share.say.square',
    shape: 'square',
  },
];

const ANY_PLATFORM = PLATFORMS.map((platform) => platform.words).join('|');
/** "post it to my TikTok", "share this on insta", "upload the video onto YouTube". */
const POST_EN = new RegExp(
  `\\b(?:post|upload|publish|share|send|put|push|submit|tweet|put\\s+up)\\b(?:\\s+(?:it|this|that|the\\s+(?:final\\s+)?(?:video|clip|slideshow|reel)|my\\s+video))?(?:\\s+(?:up|out|straight|directly|right|now))*\\s+(?:to|on|onto|in|into|up\\s+on|over\\s+to)\\s+(?:my\\s+|our\\s+|the\\s+)?(${ANY_PLATFORM})(?![a-z0-9])(?:\\s+(?:account|page|channel|feed|for\\s+me|please|pls|now))*`,
);
/** What makes the English verb a request to Joy: said first, or after "can you", "please", "I want you to". */
const ASKED_EN =
  /(?:^|[,.;:!?]|\b(?:and|then|now|also|just|ok|okay|so|pls|please|plz|go\s+ahead\s+and))\s*$|\b(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+|pls\s+|just\s+|also\s+|maybe\s+)?$|\b(?:want|need|like)\s+(?:you|u)\s+to\s+(?:please\s+|just\s+)?$/;
/**
 * "帮我发到抖音", "直接上传到B站", "替我发个朋友圈": said to Joy. A bare "发抖音" in a list of edits ("每张2秒，
 * 加标题，发抖音"), "我要发抖音" or "发抖音用的" is where the video is going, not a request to post it.
 */
const POST_ZH = new RegExp(
  `(?<!我(?:要|想|准备|打算|会|得|再)|要|想|准备|打算)(?:(?:帮我|给我|替我|帮忙|你(?:能|可以)?(?:帮我)?|直接|麻烦(?:你)?(?:帮我)?|顺便)(?:发布|发送|发|上传|分享|传|投稿|推送|转发)(?:一下)?(?:到|去|在|上|至|个|条)?|(?:发布|发送|发|上传|分享|传|投稿|推送|转发)(?:一下)?(?:到|至|去|上))(?:我的)?(${ANY_PLATFORM})(?!\\s*(?:用|的|版|格式|尺寸|比例))(?:上|里|吧|去)?`,
);

/**
 * "post it to my Instagram and TikTok", "upload it to YouTube, Instagram and TikTok": the clauses split at
 * the "and" (at "和" or "、" in Chinese), so the platforms after the first would each read as a shape asked for (TikTok's preset); they
 * are blanked before the split, as part of the one request that cannot be done.
 */
export const SHARE_LISTS: [RegExp, (match: RegExpExecArray) => string][] = [
  [
    new RegExp(
      `(\\b(?:post|upload|publish|share|send|put|push|submit)\\b[^,.;!?]{0,40}?\\b(?:to|on|onto)\\s+(?:my\\s+|our\\s+|the\\s+)?(?:${ANY_PLATFORM})\\b)((?:\\s*(?:,|&|\\/|\\band\\b|\\bor\\b|\\bplus\\b)\\s*(?:(?:on|to|my|our|the)\\s+)*(?:${ANY_PLATFORM})\\b)+)`,
      'g',
    ),
    (match) => match[1]! + ' '.repeat(match[2]!.length),
  ],
  // "发到朋友圈和小红书", "上传到B站、小红书和抖音" ("、" splits clauses too).
  [
    new RegExp(
      `((?:发布|发送|发|上传|分享|传|投稿|推送|转发)(?:一下)?(?:到|去|至|上|在)(?:我的)?(?:${ANY_PLATFORM}))((?:\\s*(?:和|跟|与|及|以及|还有|、|，|,|\\/|&)\\s*(?:我的)?(?:${ANY_PLATFORM}))+)`,
      'g',
    ),
    (match) => match[1]! + ' '.repeat(match[2]!.length),
  ],
];

function platformOf(said: string): Platform | undefined {
  return PLATFORMS.find((platform) => new RegExp(`^(?:${platform.words})$`).test(said.trim()));
}

export const share: Family = (clause, _ctx, out) => {
  let platform: Platform | undefined;
  const en = POST_EN.exec(clause.text);
  if (en && ASKED_EN.test(clause.text.slice(0, en.index))) {
    platform = platformOf(en[1]!);
    clause.blank(en.index, en.index + en[0].length);
  } else {
    const zh = clause.take(POST_ZH);
    if (zh) platform = platformOf(zh[1]!);
  }
  if (!platform) return;
  out.understood = true;
  out.notes.push(
    note('note.share.cannotPost', {
      platform: phrase(platform.name),
      say: phrase(platform.say),
      aspect: findPreset(platform.shape)?.aspect ?? platform.shape,
    }),
  );
};

addVocabulary(POST_EN, 'post upload publish share tiktok instagram youtube');

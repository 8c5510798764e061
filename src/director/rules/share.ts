import { addVocabulary } from '../fuzzy.js';
import { type Family, note } from './types.js';

/**
 * "can you post it to my TikTok for me", "upload this to YouTube", "帮我发到抖音": Joy makes the video but
 * has no access to anyone's accounts, so a request to publish changes nothing and says how to get there
 * (export, then upload; the platform's shape on the way). A purpose ("I'll post it on TikTok", "发抖音用的")
 * is left to the format family, which shapes the video for that platform.
 */

interface Platform {
  words: string;
  name: { en: string; zh: string };
  /** What to say for the platform's shape, and the aspect it gives. */
  say: { en: string; zh: string };
  aspect: string;
}

const PLATFORMS: readonly Platform[] = [
  {
    words: '(?:youtube|yt)\\s+shorts?|shorts',
    name: { en: 'YouTube Shorts', zh: 'YouTube Shorts' },
    say: { en: 'make it for YouTube Shorts', zh: '改成 YouTube Shorts 格式' },
    aspect: '9:16',
  },
  {
    words: '(?:instagram|insta|ig)\\s+reels?|reels?',
    name: { en: 'Instagram Reels', zh: 'Instagram Reels' },
    say: { en: 'make it for Reels', zh: '改成 Reels 格式' },
    aspect: '9:16',
  },
  {
    words: '(?:instagram|insta|ig)\\s+stor(?:y|ies)|snapchat|snap|视频号|快手|kuaishou',
    name: { en: 'that app', zh: '那里' },
    say: { en: 'make it vertical', zh: '改成竖屏' },
    aspect: '9:16',
  },
  {
    words: 'tik\\s?tok|douyin|抖音',
    name: { en: 'TikTok', zh: '抖音' },
    say: { en: 'make it for TikTok', zh: '改成抖音格式' },
    aspect: '9:16',
  },
  {
    words: 'instagram|insta|ig',
    name: { en: 'Instagram', zh: 'Instagram' },
    say: { en: 'make it for the Instagram feed', zh: '改成 Instagram 格式' },
    aspect: '4:5',
  },
  {
    words: 'youtube|yt|油管|b站|bilibili|哔哩哔哩',
    name: { en: 'YouTube', zh: '视频网站' },
    say: { en: 'make it for YouTube', zh: '改成横屏' },
    aspect: '16:9',
  },
  {
    words: '小红书|xiaohongshu|rednote|red\\s+note',
    name: { en: 'RedNote', zh: '小红书' },
    say: { en: 'make it 3:4', zh: '改成小红书格式' },
    aspect: '3:4',
  },
  {
    words: 'facebook|fb|twitter|whatsapp|wechat|weibo|pinterest|linkedin|threads|微信|朋友圈|微博|群里|群聊',
    name: { en: 'that app', zh: '那里' },
    say: { en: 'make it square', zh: '改成方形' },
    aspect: '1:1',
  },
];

const ANY_PLATFORM = PLATFORMS.map((platform) => platform.words).join('|');

/** "post it to my TikTok", "share this on insta", "upload the video onto YouTube". */
const POST_EN = new RegExp(
  `\\b(?:post|upload|publish|share|send|put|push|submit|tweet|put\\s+up)\\b(?:\\s+(?:it|this|that|the\\s+(?:final\\s+)?(?:video|clip|slideshow|reel)|my\\s+video))?(?:\\s+(?:up|out|straight|directly|right|now))*\\s+(?:to|on|onto|in|into|up\\s+on|over\\s+to)\\s+(?:my\\s+|our\\s+|the\\s+)?(${ANY_PLATFORM})\\b(?:\\s+(?:account|page|channel|feed|for\\s+me|please|pls|now))*`,
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
    note('note.share.cannotPost', { platform: platform.name, say: platform.say, aspect: platform.aspect }),
  );
};

addVocabulary(POST_EN, 'post upload publish share tiktok instagram youtube');

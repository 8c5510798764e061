/**
 * Fragments said as the sentence they stand for: "pic 3 out", "the dog one out" ("take … out"); "memorial
 * style but keep the colour" ("… in colour"). Said of the message as typed, so every later reading sees the
 * full request.
 */
const OUT =
  /(^|[.;,，。]\s*|\b(?:and|also|now|then)\s+)((?:the\s+)?(?:pic|photo|picture|image|slide|shot)\s*#?\d{1,2}|(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|last|final)\s+(?:one|pic|photo|picture|shot)|(?:the\s+)?[a-z][a-z0-9_-]{2,}\s+(?:one|pic|photo|picture|shot))\s+(?:out|gone)\b(?!\s+of\b)/gi;

/** "memorial style but keep the colour": with a style that would take the colour, the colour stays. */
const KEEP_COLOUR =
  /\b(?:keep|leave)\s+(?:the\s+|its\s+|their\s+)?(?:original\s+)?colou?rs?\b|保留(?:原来的)?颜色/gi;
const TAKES_COLOUR =
  /\b(?:style|memorial|funeral|tribute|black\s+and\s+white|b&w)\b|风格|纪念|追思|悼念|黑白/i;

/** "Before I change anything, could you tell me…", "在我改之前，先告诉我…": a frame around the request. */
const BEFORE_I_CHANGE =
  /^\s*(?:(?:ok|okay|so|well|hi|hello)[,\s]+)?(?:before|until)\s+(?:i|we)\s+(?:change|do|edit|touch|decide|try)\s+(?:anything|something|it|stuff)(?:\s+else)?\s*[,;:—–-]?\s*|^\s*(?:在)?(?:我|我们)?(?:改|动|修改|调整)(?:任何东西|东西)?之前\s*[，,]?\s*/i;

/** The message without a frame around it ("Before I change anything, …"), for every reading and the questions. */
export function withoutFrame(message: string): string {
  const out = message.replace(BEFORE_I_CHANGE, '');
  return out.trim() ? out : message;
}

export function spellTerse(message: string): string {
  const out = message.replace(OUT, (_, lead: string, photo: string) => `${lead}take ${photo} out`);
  return TAKES_COLOUR.test(out)
    ? out.replace(KEEP_COLOUR, (word) => (/[a-z]/i.test(word) ? 'in colour' : '彩色'))
    : out;
}

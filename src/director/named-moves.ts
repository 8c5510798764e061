import { type Mapped, rewrite } from './text.js';

/**
 * Photos named by a word of their file name, said plainly: as the subject of a move ("beach pushes in, city
 * drifts, forest doesn't move"), as the object of one ("rotate the astronaut"), or in a sequence ("city
 * first, then forest, then beach"). Each is spelled the way the rules read a named photo ("push in on the
 * beach photo", "rotate the astronaut photo", "order: city, forest, beach"). Only words of the photos'
 * own names count, so "the music fades" or "rotate the title" are left alone.
 */

const NOUN = String.raw`(?:\s+(?:photo|pic|picture|one|shot|image))?`;

/** What the photo does, said of it, and the request that makes it so (`$1` is the name). */
const SUBJECT_MOVES: [string, string][] = [
  [String.raw`(?:pushes|zooms|moves)\s+in(?:wards)?`, 'push in on the $1 photo'],
  [String.raw`(?:zooms|pulls|moves)\s+(?:out|back)`, 'zoom out on the $1 photo'],
  ['(?:drifts|floats)', 'drift on the $1 photo'],
  ['(?:rotates|spins|turns)', 'rotate the $1 photo'],
  [String.raw`pans\s+(left|right|up|down)`, 'pan $2 on the $1 photo'],
  [
    String.raw`(?:doesn'?t|does\s+not|shouldn'?t|should\s+not|won'?t)\s+move|(?:stays|is|stands|holds|remains)\s+(?:still|put|static)`,
    'keep the $1 photo still',
  ],
];

/** The moves whose object is the photo that moves. */
const OBJECT_VERB = String.raw`rotate|spin|drift|push\s+in\s+on|zoom\s+(?:in|out)\s+on|pan\s+(?:left|right|up|down)\s+on`;

const cache = new Map<string, { subject: [RegExp, string][]; object: RegExp; order: RegExp; name: RegExp }>();

function patterns(names: ReadonlySet<string>) {
  const key = [...names].sort().join('|');
  let found = cache.get(key);
  if (!found) {
    const name = `(${[...names].map((word) => word.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('|')})`;
    found = {
      subject: SUBJECT_MOVES.map(([verb, said]) => [
        new RegExp(String.raw`(?<![a-z]\s)\b(?:the\s+)?${name}${NOUN}\s+(?:${verb})\b`, 'g'),
        said,
      ]),
      object: new RegExp(
        String.raw`\b(${OBJECT_VERB})\s+the\s+${name}\b(?!\s+(?:photo|pic|picture|one|shot|image)s?\b)`,
        'g',
      ),
      order: new RegExp(
        String.raw`^\s*(?:the\s+)?${name}${NOUN}\s+first\b((?:\s*[,;]?\s*(?:and\s+)?(?:then|next|after\s+that)\s+(?:the\s+)?${name.slice(0, -1).replace('(', '(?:')})${NOUN})+)`,
      ),
      name: new RegExp(name, 'g'),
    };
    if (cache.size > 50) cache.clear();
    cache.set(key, found);
  }
  return found;
}

export function spellNamedMoves(source: Mapped, names: ReadonlySet<string>): Mapped {
  if (names.size === 0) return source;
  const { subject, object, order, name } = patterns(names);
  let out = source;
  const sequence = order.exec(out.text);
  if (sequence) {
    const listed = [sequence[1]!, ...[...sequence[2]!.matchAll(name)].map((match) => match[0])];
    out = rewrite(out, new RegExp(order.source, 'g'), () => `order: ${listed.join(', ')}`);
  }
  for (const [re, said] of subject)
    out = rewrite(out, re, (m) => said.replace('$1', m[1]!).replace('$2', m[2] ?? ''));
  return rewrite(out, object, (m) => `${m[1]} the ${m[2]} photo`);
}

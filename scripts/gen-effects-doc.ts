// Writes docs/effects.md from the effect catalogue: `npm run docs`. A test fails when the file is stale.
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type EffectGroup, effectCatalog, type ParamSpec } from '../src/catalog/index.js';

export const EFFECTS_DOC_PATH = fileURLToPath(new URL('../docs/effects.md', import.meta.url));

const GROUPS: { key: EffectGroup; title: string; folder: string; intro: string }[] = [
  {
    key: 'motions',
    title: 'Motions',
    folder: 'motions',
    intro:
      'How the camera moves over each photo. Every motion also takes `strength` (0–1) and `easing` in the draft.',
  },
  {
    key: 'transitions',
    title: 'Transitions',
    folder: 'transitions',
    intro:
      'How one photo gives way to the next. Every transition also takes `durationMs` and `easing` in the draft.',
  },
  {
    key: 'looks',
    title: 'Looks',
    folder: 'looks',
    intro:
      'Colour grades for the whole video. Every look also takes `strength` (0 = original colours, 1 = full look).',
  },
  {
    key: 'fits',
    title: 'Fits',
    folder: 'fits',
    intro: 'How a photo whose shape differs from the video is shown.',
  },
  {
    key: 'textStyles',
    title: 'Text styles',
    folder: 'text-styles',
    intro: 'How titles and captions are drawn. Text stays inside the platform’s safe area.',
  },
  {
    key: 'textAnimations',
    title: 'Text animations',
    folder: 'text-animations',
    intro: 'How titles and captions appear and go.',
  },
];

const escapeCell = (text: string) => text.replace(/\|/g, '\\|');

function range(spec: ParamSpec): string {
  switch (spec.type) {
    case 'number':
      return `${spec.min} – ${spec.max}${spec.unit ? ` ${spec.unit}` : ''}`;
    case 'enum':
      return spec.values.map((value) => `\`${value}\``).join(', ');
    case 'boolean':
      return '`true`, `false`';
    case 'color':
      return '`#rrggbb`';
  }
}

/** The whole of docs/effects.md. */
export function renderEffectsDoc(): string {
  const catalog = effectCatalog();
  const missing = Object.keys(catalog).filter((key) => !GROUPS.some((group) => group.key === key));
  if (missing.length > 0) throw new Error(`gen-effects-doc.ts has no section for: ${missing.join(', ')}`);
  const out: string[] = [
    '# Effects',
    '',
    '<!-- Generated from the effect catalogue by `npm run docs` (scripts/gen-effects-doc.ts). Do not edit by hand. -->',
    '',
    'Every effect is an entry in the catalogue, `src/catalog/<group>.ts` (name, aliases, parameters, docs),',
    'drawn by the implementation of the same name in `src/render/<group>/`. Drafts store the names; the',
    'director and the CLI also accept the aliases (case-insensitive, with spaces or underscores for dashes).',
    '`joy effects [group] [--json]` lists the same from the catalogue. A saved draft that names an effect',
    'this version does not know keeps the name, `joy inspect` reports it, and it is drawn as its group’s',
    'fallback: motion `static`, transition `crossfade`, look `none`, fit `blur`, text style `clean`,',
    'text animation `none`.',
    '',
  ];
  for (const group of GROUPS)
    out.push(
      `- [${group.title}](#${group.title.toLowerCase().replace(/ /g, '-')}) (${catalog[group.key].length})`,
    );
  for (const group of GROUPS) {
    out.push(
      '',
      `## ${group.title}`,
      '',
      `${group.intro} Catalogue: \`src/catalog/${group.folder}.ts\`; pixels: \`src/render/${group.folder}/\`.`,
    );
    for (const effect of catalog[group.key]) {
      out.push('', `### \`${effect.name}\`: ${effect.title}`, '', effect.description);
      if (effect.aliases && effect.aliases.length > 0) {
        out.push('', `Aliases: ${effect.aliases.map((alias) => `\`${alias}\``).join(', ')}`);
      }
      const params = Object.entries(effect.params);
      if (params.length === 0) {
        out.push('', 'No parameters.');
        continue;
      }
      out.push('', '| Parameter | Type | Range | Default | Description |', '|---|---|---|---|---|');
      for (const [name, spec] of params) {
        out.push(
          `| \`${name}\` | ${spec.type} | ${escapeCell(range(spec))} | \`${String(spec.default)}\` | ${escapeCell(spec.description)} |`,
        );
      }
    }
  }
  return `${out.join('\n')}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(EFFECTS_DOC_PATH, renderEffectsDoc());
  console.log(`wrote ${EFFECTS_DOC_PATH}`);
}

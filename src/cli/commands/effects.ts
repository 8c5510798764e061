import type { Command } from 'commander';
import {
  type DescribedEffect,
  EFFECT_GROUPS,
  type EffectGroup,
  effectCatalog,
  normalizeName,
  type ParamSpec,
} from '../../catalog/index.js';
import { phrasedError } from '../../errors.js';
import { type MessageKey, phrase } from '../../messages/index.js';
import { cliLang, say } from '../lang.js';
import { reportError } from '../output.js';

/** Words accepted for each group: the registry key, its kebab form, and the effect kind. */
const GROUP_WORDS: Record<EffectGroup, readonly string[]> = {
  motions: ['motions', 'motion', 'camera', 'moves'],
  transitions: ['transitions', 'transition'],
  looks: ['looks', 'look', 'filters', 'filter', 'colors', 'colours'],
  fits: ['fits', 'fit'],
  textStyles: ['text-styles', 'text-style', 'textstyles', 'styles', 'style'],
  textAnimations: ['text-animations', 'text-animation', 'textanimations', 'animations', 'animation'],
};

const GROUP_TITLES: Record<EffectGroup, MessageKey> = {
  motions: 'cli.effects.motions',
  transitions: 'cli.effects.transitions',
  looks: 'cli.effects.looks',
  fits: 'cli.effects.fits',
  textStyles: 'cli.effects.textStyles',
  textAnimations: 'cli.effects.textAnimations',
};

/** The registry group a person means by `word`, or undefined. */
export function findEffectGroup(word: string): EffectGroup | undefined {
  const key = normalizeName(word);
  return (Object.keys(GROUP_WORDS) as EffectGroup[]).find((group) => GROUP_WORDS[group].includes(key));
}

/** One parameter as a short phrase: `softness (number 0–0.5, default 0.08)`. */
export function describeParam(name: string, spec: ParamSpec): string {
  const parts: string[] = [];
  if (spec.type === 'number') parts.push(`number ${spec.min}–${spec.max}${spec.unit ? ` ${spec.unit}` : ''}`);
  else if (spec.type === 'enum') parts.push(spec.values.join('|'));
  else parts.push(spec.type);
  parts.push(`default ${String(spec.default)}`);
  return `${name} (${parts.join(', ')})`;
}

/** Plain-text listing of one group or all of them, straight from the catalogue. */
export function formatEffects(group?: EffectGroup): string {
  const groups = group ? [group] : EFFECT_GROUPS;
  // Names in the CLI's language; the descriptions and parameters are the catalogue's reference text.
  const catalog = effectCatalog(cliLang());
  const blocks = groups.map((key) => {
    const list: DescribedEffect[] = catalog[key];
    const width = Math.max(...list.map((effect) => effect.name.length)) + 2;
    const lines = [say(GROUP_TITLES[key], { n: list.length })];
    for (const effect of list) {
      lines.push(`  ${effect.name.padEnd(width)}${effect.title}: ${effect.description}`);
      const indent = ' '.repeat(width + 2);
      if (effect.aliases?.length)
        lines.push(`${indent}${say('cli.effects.also', { aliases: effect.aliases.join(', ') })}`);
      for (const [name, spec] of Object.entries(effect.params))
        lines.push(`${indent}${describeParam(name, spec)}: ${spec.description}`);
    }
    return lines.join('\n');
  });
  return `${blocks.join('\n\n')}\n`;
}

/** `joy effects [group] [--json]`: every effect with its aliases and parameters. */
export function registerEffects(
  program: Command,
  write: (text: string) => void = (text) => process.stdout.write(text),
): Command {
  return program
    .command('effects')
    .description(
      'List motions, transitions, looks, fits, text styles and text animations with their parameters.',
    )
    .argument('[group]', 'only one group: motions, transitions, looks, fits, text-styles, text-animations')
    .option('--json', 'print the descriptors as JSON')
    .action((word: string | undefined, options: { json?: boolean }) => {
      try {
        const group = word === undefined ? undefined : findEffectGroup(word);
        if (word !== undefined && !group) {
          throw phrasedError('invalid_input', phrase('cli.effects.unknownGroup', { word }), {
            hint: phrase('cli.effects.unknownGroup.hint'),
          });
        }
        if (options.json) {
          const catalog = effectCatalog();
          write(`${JSON.stringify(group ? catalog[group] : catalog, null, 2)}\n`);
          return;
        }
        write(formatEffects(group));
      } catch (error) {
        process.exitCode = reportError(error, Boolean(options.json));
      }
    });
}

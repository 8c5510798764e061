import type { Command } from 'commander';
import { STYLES, type StyleDescriptor } from '../../catalog/styles.js';
import { cliLang, say } from '../lang.js';
import { reportError } from '../output.js';

export function formatStyles(styles: readonly StyleDescriptor[]): string {
  const width = Math.max(...styles.map((style) => style.id.length)) + 2;
  const lang = cliLang();
  const lines = [say('cli.styles.header', { n: styles.length })];
  for (const style of styles) {
    lines.push(`  ${style.id.padEnd(width)}${style.title} / ${style.titleZh}: ${style.description[lang]}`);
    const facts = say('cli.styles.line', {
      seconds: (style.photoMs / 1000).toFixed(1),
      motions: style.motions.join('/'),
      transition: style.transition.name,
      ms: style.transition.durationMs,
      look: style.look.name,
      text: style.text.style,
      aliases: [...style.aliases.en.slice(0, 2), ...style.aliases.zh.slice(0, 1)].join(', '),
    });
    lines.push(`  ${' '.repeat(width)}${facts}`);
  }
  lines.push('', say('cli.styles.footer'));
  return `${lines.join('\n')}\n`;
}

/** `joy styles [--json]`: the style presets. */
export function registerStyles(
  program: Command,
  write: (text: string) => void = (text) => process.stdout.write(text),
): Command {
  return program
    .command('styles')
    .description('List the style presets (birthday, travel vlog, wedding, memorial, product showcase…).')
    .option('--json', 'print the presets as JSON')
    .action((options: { json?: boolean }) => {
      try {
        write(options.json ? `${JSON.stringify(STYLES, null, 2)}\n` : formatStyles(STYLES));
      } catch (error) {
        process.exitCode = reportError(error, Boolean(options.json));
      }
    });
}

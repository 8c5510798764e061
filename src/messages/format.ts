import type { Lang, Template, Vars } from './types.js';

const LOCALES: Record<Lang, string> = { en: 'en', zh: 'zh-CN' };
const rules = new Map<Lang, Intl.PluralRules>();

function pluralRules(lang: Lang): Intl.PluralRules {
  let found = rules.get(lang);
  if (!found) {
    found = new Intl.PluralRules(LOCALES[lang]);
    rules.set(lang, found);
  }
  return found;
}

/** The form of a template for these parameters: exact `=n`, else the language's plural category of `n`. */
export function pick(lang: Lang, template: Template, vars: Vars): string {
  if (typeof template === 'string') return template;
  const n = Number(vars.n);
  if (!Number.isFinite(n)) return template.other;
  const exact = (template as unknown as Record<string, string | undefined>)[`=${n}`];
  if (exact !== undefined) return exact;
  return template[pluralRules(lang).select(n)] ?? template.other;
}

/** Fills `{name}` parameters; a parameter with no value stays visible as `{name}` rather than vanishing. */
export function fill(text: string, vars: Vars): string {
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match));
}

export function format(lang: Lang, template: Template, vars: Vars = {}): string {
  return fill(pick(lang, template, vars), vars);
}

/** The parameters a template uses, over all its forms, sorted (for the consistency test). */
export function placeholders(template: Template): string[] {
  const forms = typeof template === 'string' ? [template] : Object.values(template);
  const names = new Set<string>();
  for (const form of forms) for (const match of form.matchAll(/\{(\w+)\}/g)) names.add(match[1]!);
  return [...names].sort();
}

/** Milliseconds as the figure of a length in seconds: 1500 → `1.5`, 2000 → `2`, 1250 → `1.25`. */
export function secondsFigure(ms: number): string {
  const value = ms / 1000;
  return Number.isInteger(value)
    ? String(value)
    : value.toFixed(value * 10 === Math.round(value * 10) ? 1 : 2);
}

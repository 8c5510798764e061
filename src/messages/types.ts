export type Lang = 'en' | 'zh';

/**
 * A plural message: one form per `Intl.PluralRules` category of the language (`one`, `few`, … and always
 * `other`), and optionally exact counts such as `=0`. The count is the `n` parameter.
 */
export interface Plural {
  '=0'?: string;
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

/** A message: text with `{name}` parameters, or a plural. */
export type Template = string | Plural;

/** One language's text for every key of an area, checked against the English keys. */
export type Texts<K extends string> = Record<K, Template>;

export type Vars = Record<string, string | number>;

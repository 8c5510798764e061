import { detectLang, type Lang, type MessageKey, t, type Vars } from '../messages/index.js';

/**
 * The language the `joy` command speaks: `JOY_LANG` when set (`zh`, `en`), else the locale the shell
 * runs in (`LC_ALL`, `LC_MESSAGES`, `LANG`, first one set: `zh_CN.UTF-8` → Chinese); English otherwise.
 */
export function cliLang(env: NodeJS.ProcessEnv = process.env): Lang {
  const chosen = [env.JOY_LANG, env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value?.trim());
  return detectLang(chosen?.trim());
}

/** A catalogue line in the CLI's language. */
export function say(key: MessageKey, vars?: Vars): string {
  return t(cliLang(), key, vars);
}

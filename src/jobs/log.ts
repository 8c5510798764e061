/** A JSON-lines logger for processes without Fastify (`joy worker`), same shape as the server's. */
const LEVELS = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60, silent: Infinity } as const;
export type LogLevel = keyof typeof LEVELS;

export interface JsonLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export function jsonLogger(
  level: LogLevel = 'info',
  stream: NodeJS.WritableStream = process.stdout,
  name = 'joy-worker',
): JsonLogger {
  const threshold = LEVELS[level] ?? LEVELS.info;
  const write = (value: number, obj: object, msg?: string) => {
    if (value < threshold) return;
    stream.write(
      `${JSON.stringify({ level: value, time: Date.now(), pid: process.pid, name, ...obj, ...(msg ? { msg } : {}) })}\n`,
    );
  };
  return {
    info: (obj, msg) => write(LEVELS.info, obj, msg),
    warn: (obj, msg) => write(LEVELS.warn, obj, msg),
    error: (obj, msg) => write(LEVELS.error, obj, msg),
  };
}

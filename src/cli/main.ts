import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { registerDoctor } from './commands/doctor.js';
import { registerEdit } from './commands/edit.js';
import { registerEffects } from './commands/effects.js';
import { registerInspect } from './commands/inspect.js';
import { registerMake } from './commands/make.js';
import { registerMusic } from './commands/music.js';
import { registerRender } from './commands/render.js';
import { registerServe } from './commands/serve.js';
import { registerStyles } from './commands/styles.js';
import { registerWorker } from './commands/worker.js';

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

export function buildProgram(): Command {
  const program = new Command('joy')
    .description('Joy turns photos into animated videos ready to post.')
    .version(version)
    .showHelpAfterError('(run with --help for usage)');
  registerMake(program);
  registerRender(program);
  registerInspect(program);
  registerEdit(program);
  registerEffects(program);
  registerMusic(program);
  registerStyles(program);
  registerServe(program);
  registerWorker(program);
  registerDoctor(program);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  await buildProgram().parseAsync(argv);
}

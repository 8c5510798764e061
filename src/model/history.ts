import type { Draft } from './draft.js';

/** Versions of a draft, for undo and redo. Every applied message pushes one version. */
export class DraftHistory {
  private versions: Draft[];
  private position: number;
  private readonly limit: number;
  /** What the conversation was last about (the director's topic), so "make them longer" has a referent. */
  topic: string | undefined;

  constructor(initial: Draft, limit = 100) {
    this.versions = [initial];
    this.position = 0;
    this.limit = limit;
  }

  get current(): Draft {
    return this.versions[this.position]!;
  }

  /** Version number of the current draft, counting from 1. */
  get version(): number {
    return this.position + 1;
  }

  push(draft: Draft): void {
    this.versions = this.versions.slice(0, this.position + 1);
    this.versions.push(draft);
    if (this.versions.length > this.limit) this.versions.shift();
    this.position = this.versions.length - 1;
  }

  canUndo(): boolean {
    return this.position > 0;
  }

  canRedo(): boolean {
    return this.position < this.versions.length - 1;
  }

  /**
   * The latest version before the current one where `has` holds: what "bring the music back" restores
   * from, as one new step rather than an undo (the edits made since stay).
   */
  latest(has: (draft: Draft) => boolean): Draft | undefined {
    for (let k = this.position - 1; k >= 0; k--) if (has(this.versions[k]!)) return this.versions[k];
    return undefined;
  }

  undo(): Draft | undefined {
    if (!this.canUndo()) return undefined;
    this.position -= 1;
    return this.current;
  }

  redo(): Draft | undefined {
    if (!this.canRedo()) return undefined;
    this.position += 1;
    return this.current;
  }

  /** Plain data, to persist with a session. */
  toJSON(): { versions: Draft[]; position: number; topic?: string } {
    return {
      versions: this.versions,
      position: this.position,
      ...(this.topic ? { topic: this.topic } : {}),
    };
  }

  static fromJSON(value: { versions: Draft[]; position: number; topic?: string }, limit = 100): DraftHistory {
    const history = new DraftHistory(value.versions[0]!, limit);
    history.topic = typeof value.topic === 'string' ? value.topic : undefined;
    history.versions = [...value.versions];
    history.position = Math.min(Math.max(0, value.position), value.versions.length - 1);
    return history;
  }
}

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';

export type Db = Database.Database;

/**
 * The service's SQLite database (`<data>/joy.db`): accounts, tokens, the credits ledger, sessions and
 * their media and renders. The embedded render queue keeps its own table in the same file
 * (src/jobs/embedded-queue.ts). Migrations are numbered and run once each, in order.
 */
const MIGRATIONS: string[] = [
  `
  CREATE TABLE accounts (
    id TEXT PRIMARY KEY,
    bind_id TEXT NOT NULL UNIQUE,
    plan TEXT NOT NULL DEFAULT 'anonymous',
    available INTEGER NOT NULL CHECK (available >= 0),
    frozen INTEGER NOT NULL DEFAULT 0 CHECK (frozen >= 0),
    created_at INTEGER NOT NULL
  );
  CREATE TABLE tokens (
    hash TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts(id),
    client_id TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    skill_source TEXT,
    skill_version TEXT,
    skill_platform TEXT,
    last_seen_at INTEGER
  );
  CREATE INDEX tokens_client ON tokens(client_id, created_at);
  CREATE TABLE credit_ledger (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id TEXT NOT NULL REFERENCES accounts(id),
    kind TEXT NOT NULL,
    amount INTEGER NOT NULL,
    ref TEXT,
    created_at INTEGER NOT NULL
  );
  CREATE INDEX credit_ledger_account ON credit_ledger(account_id, id);
  CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    task_id TEXT NOT NULL UNIQUE,
    account_id TEXT NOT NULL REFERENCES accounts(id),
    task_name TEXT,
    language TEXT,
    draft TEXT,
    history TEXT,
    draft_version INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
  );
  CREATE INDEX sessions_account ON sessions(account_id);
  CREATE TABLE media (
    id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES sessions(id),
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    format TEXT NOT NULL,
    size_bytes INTEGER NOT NULL,
    width INTEGER,
    height INTEGER,
    duration_ms INTEGER,
    orientation INTEGER,
    has_audio INTEGER,
    taken_at TEXT,
    path TEXT NOT NULL,
    source_url TEXT,
    created_at INTEGER NOT NULL
  );
  CREATE INDEX media_session ON media(session_id, created_at);
  CREATE TABLE renders (
    account_id TEXT NOT NULL REFERENCES accounts(id),
    id TEXT NOT NULL,
    session_id TEXT NOT NULL REFERENCES sessions(id),
    job_id TEXT NOT NULL,
    hash TEXT NOT NULL,
    draft_version INTEGER,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (account_id, id)
  );
  CREATE INDEX renders_session ON renders(session_id, created_at);
  CREATE INDEX renders_hash ON renders(hash, created_at);
  `,
];

export function openDatabase(dataDir: string): Db {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, 'joy.db'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  migrate(db, 'server', MIGRATIONS);
  addColumnIfMissing(db, 'media', 'analysis', 'TEXT');
  addColumnIfMissing(db, 'media', 'content_hash', 'TEXT');
  addColumnIfMissing(db, 'tokens', 'client_address', 'TEXT');
  db.exec('CREATE INDEX IF NOT EXISTS tokens_client_address ON tokens(client_address, created_at)');
  db.exec('CREATE INDEX IF NOT EXISTS media_content_hash ON media(content_hash)');
  return db;
}

/** Adds a nullable column to an existing table unless it is already there (safe to run every start). */
export function addColumnIfMissing(db: Db, table: string, column: string, type: string): void {
  const columns = db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[];
  if (!columns.some((c) => c.name === column)) db.exec(`ALTER TABLE ${table} ADD COLUMN ${column} ${type}`);
}

/** Runs the migrations of one component (`server`, `jobs`) that this database has not seen yet. */
export function migrate(db: Db, component: string, migrations: readonly string[]): void {
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (component TEXT NOT NULL, version INTEGER NOT NULL, PRIMARY KEY (component, version))',
  );
  const done = new Set(
    (
      db.prepare('SELECT version FROM schema_migrations WHERE component = ?').all(component) as {
        version: number;
      }[]
    ).map((row) => row.version),
  );
  migrations.forEach((sql, index) => {
    const version = index + 1;
    if (done.has(version)) return;
    db.transaction(() => {
      db.exec(sql);
      db.prepare('INSERT INTO schema_migrations (component, version) VALUES (?, ?)').run(component, version);
    }).immediate();
  });
}

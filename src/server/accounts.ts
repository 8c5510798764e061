import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { JoyError, phrasedError } from '../errors.js';
import { phrase } from '../messages/index.js';
import type { Db } from './db.js';

/**
 * Anonymous tokens and the credits ledger. A token is 32 random bytes shown once; only its SHA-256 is
 * stored. Each token gets its own account (credits, sessions). Credits move between `available` and
 * `frozen` inside immediate SQLite transactions with conditional updates, so concurrent requests can
 * never take the balance below zero (the table's CHECK constraint is the last guard).
 */
export interface Account {
  id: string;
  bindId: string;
  plan: string;
  available: number;
  frozen: number;
}

export interface Balance {
  available: number;
  frozen: number;
  total: number;
}

export interface Attribution {
  source?: string | undefined;
  version?: string | undefined;
  platform?: string | undefined;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function randomId(prefix: string, bytes = 16): string {
  return `${prefix}${randomBytes(bytes).toString('base64url')}`;
}

interface AccountRow {
  id: string;
  bind_id: string;
  plan: string;
  available: number;
  frozen: number;
}

const toAccount = (row: AccountRow): Account => ({
  id: row.id,
  bindId: row.bind_id,
  plan: row.plan,
  available: row.available,
  frozen: row.frozen,
});

export class Accounts {
  constructor(
    private readonly db: Db,
    private readonly options: { initialCredits: number; tokenTtlDays: number; tokensPerAddress?: number },
  ) {}

  private get ttlMs(): number {
    return this.options.tokenTtlDays * DAY_MS;
  }

  /**
   * A new anonymous token for a client id, or 429 when this client id got one within the token lifetime,
   * or when its address already got `tokensPerAddress` (new client ids are free to make, addresses are not).
   */
  issueToken(clientId: string, attribution: Attribution = {}, now = Date.now(), address?: string) {
    const token = `joy_${randomBytes(32).toString('base64url')}`;
    const ttl = this.ttlMs;
    return this.db
      .transaction(() => {
        const last = this.db
          .prepare('SELECT created_at FROM tokens WHERE client_id = ? ORDER BY created_at DESC LIMIT 1')
          .get(clientId) as { created_at: number } | undefined;
        if (last && now - last.created_at < ttl) {
          const retryAfter = Math.ceil((last.created_at + ttl - now) / 1000);
          throw phrasedError('rate_limited', phrase('token.perClient'), {
            hint: phrase('token.perClient.hint'),
            details: { retry_after: retryAfter },
          });
        }
        const perAddress = this.options.tokensPerAddress ?? 0;
        if (address && perAddress > 0) {
          const issued = this.db
            .prepare(
              'SELECT COUNT(*) AS n, MIN(created_at) AS first FROM tokens WHERE client_address = ? AND created_at > ?',
            )
            .get(address, now - ttl) as { n: number; first: number | null };
          if (issued.n >= perAddress) {
            throw phrasedError('rate_limited', phrase('token.perAddress', { n: perAddress }), {
              hint: phrase('token.retryLater.hint'),
              details: { retry_after: Math.ceil(((issued.first ?? now) + ttl - now) / 1000) },
            });
          }
        }
        const accountId = randomUUID();
        this.db
          .prepare(
            'INSERT INTO accounts (id, bind_id, plan, available, frozen, created_at) VALUES (?, ?, ?, ?, 0, ?)',
          )
          .run(accountId, randomUUID(), 'anonymous', this.options.initialCredits, now);
        this.db
          .prepare(
            'INSERT INTO credit_ledger (account_id, kind, amount, ref, created_at) VALUES (?, ?, ?, ?, ?)',
          )
          .run(accountId, 'grant', this.options.initialCredits, 'anonymous-token', now);
        this.db
          .prepare(
            `INSERT INTO tokens (hash, account_id, client_id, created_at, expires_at, skill_source, skill_version, skill_platform, last_seen_at, client_address)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(
            hashToken(token),
            accountId,
            clientId,
            now,
            now + ttl,
            attribution.source ?? null,
            attribution.version ?? null,
            attribution.platform ?? null,
            now,
            address ?? null,
          );
        return { token, expiresAt: now + ttl, credits: this.options.initialCredits, accountId };
      })
      .immediate();
  }

  /** The account behind a bearer token, or 1001. Records attribution headers when they change. */
  authenticate(token: string | undefined, attribution: Attribution = {}, now = Date.now()): Account {
    if (!token)
      throw phrasedError('bad_token', phrase('token.missing'), {
        hint: phrase('token.missing.hint'),
      });
    const row = this.db
      .prepare(
        `SELECT a.id, a.bind_id, a.plan, a.available, a.frozen, t.expires_at, t.hash, t.skill_source, t.skill_version, t.skill_platform
         FROM tokens t JOIN accounts a ON a.id = t.account_id WHERE t.hash = ?`,
      )
      .get(hashToken(token)) as
      | (AccountRow & {
          expires_at: number;
          hash: string;
          skill_source: string | null;
          skill_version: string | null;
          skill_platform: string | null;
        })
      | undefined;
    if (!row || row.expires_at <= now) {
      throw phrasedError('bad_token', phrase(row ? 'token.expired' : 'token.unknown'), {
        hint: phrase('token.renew.hint'),
      });
    }
    const changed =
      (attribution.source !== undefined && attribution.source !== row.skill_source) ||
      (attribution.version !== undefined && attribution.version !== row.skill_version) ||
      (attribution.platform !== undefined && attribution.platform !== row.skill_platform);
    if (changed) {
      this.db
        .prepare(
          'UPDATE tokens SET skill_source = COALESCE(?, skill_source), skill_version = COALESCE(?, skill_version), skill_platform = COALESCE(?, skill_platform), last_seen_at = ? WHERE hash = ?',
        )
        .run(
          attribution.source ?? null,
          attribution.version ?? null,
          attribution.platform ?? null,
          now,
          row.hash,
        );
    }
    return toAccount(row);
  }

  get(accountId: string): Account | undefined {
    const row = this.db.prepare('SELECT * FROM accounts WHERE id = ?').get(accountId) as
      | AccountRow
      | undefined;
    return row ? toAccount(row) : undefined;
  }

  balance(accountId: string): Balance {
    const account = this.get(accountId);
    if (!account) return { available: 0, frozen: 0, total: 0 };
    return {
      available: account.available,
      frozen: account.frozen,
      total: account.available + account.frozen,
    };
  }

  setPlan(accountId: string, plan: string): void {
    this.db.prepare('UPDATE accounts SET plan = ? WHERE id = ?').run(plan, accountId);
  }

  /**
   * Moves `amount` from available to frozen, or throws 2001. A frozen amount is later either spent
   * (`settle`) or given back (`release`). Amount 0 is a no-op hold.
   */
  freeze(accountId: string, amount: number, ref: string, now = Date.now()): CreditHold {
    if (amount <= 0) return new CreditHold(this, accountId, 0, ref);
    this.db
      .transaction(() => {
        const result = this.db
          .prepare(
            'UPDATE accounts SET available = available - ?, frozen = frozen + ? WHERE id = ? AND available >= ?',
          )
          .run(amount, amount, accountId, amount);
        if (result.changes !== 1) {
          const account = this.get(accountId);
          throw phrasedError('no_credits', phrase('credits.none'), {
            hint: phrase('credits.none.hint'),
            details: { bind_id: account?.bindId, available: account?.available ?? 0, required: amount },
          });
        }
        this.db
          .prepare(
            'INSERT INTO credit_ledger (account_id, kind, amount, ref, created_at) VALUES (?, ?, ?, ?, ?)',
          )
          .run(accountId, 'freeze', amount, ref, now);
      })
      .immediate();
    return new CreditHold(this, accountId, amount, ref);
  }

  /**
   * Gives back credits frozen by requests of a process that died (at start, before serving). Holds
   * live only as long as the request that made them.
   */
  releaseOrphanedHolds(now = Date.now()): number {
    return this.db
      .transaction(() => {
        const rows = this.db.prepare('SELECT id, frozen FROM accounts WHERE frozen > 0').all() as {
          id: string;
          frozen: number;
        }[];
        for (const row of rows) {
          this.db
            .prepare('UPDATE accounts SET available = available + frozen, frozen = 0 WHERE id = ?')
            .run(row.id);
          this.db
            .prepare(
              'INSERT INTO credit_ledger (account_id, kind, amount, ref, created_at) VALUES (?, ?, ?, ?, ?)',
            )
            .run(row.id, 'release', row.frozen, 'restart', now);
        }
        return rows.length;
      })
      .immediate();
  }

  /** @internal used by CreditHold */
  finish(accountId: string, amount: number, ref: string, spend: boolean, now = Date.now()): void {
    this.db
      .transaction(() => {
        const sql = spend
          ? 'UPDATE accounts SET frozen = frozen - ? WHERE id = ? AND frozen >= ?'
          : 'UPDATE accounts SET frozen = frozen - ?, available = available + ? WHERE id = ? AND frozen >= ?';
        const result = spend
          ? this.db.prepare(sql).run(amount, accountId, amount)
          : this.db.prepare(sql).run(amount, amount, accountId, amount);
        if (result.changes !== 1)
          throw new JoyError('internal', 'Credit ledger out of step: frozen amount missing.');
        this.db
          .prepare(
            'INSERT INTO credit_ledger (account_id, kind, amount, ref, created_at) VALUES (?, ?, ?, ?, ?)',
          )
          .run(accountId, spend ? 'spend' : 'release', amount, ref, now);
      })
      .immediate();
  }
}

/** Credits set aside for one request; settle or release exactly once (later calls do nothing). */
export class CreditHold {
  private done = false;
  constructor(
    private readonly accounts: Accounts,
    readonly accountId: string,
    readonly amount: number,
    readonly ref: string,
  ) {}

  settle(): void {
    if (this.done) return;
    this.done = true;
    if (this.amount > 0) this.accounts.finish(this.accountId, this.amount, this.ref, true);
  }

  release(): void {
    if (this.done) return;
    this.done = true;
    if (this.amount > 0) this.accounts.finish(this.accountId, this.amount, this.ref, false);
  }
}

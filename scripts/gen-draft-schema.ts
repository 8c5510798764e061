// Writes docs/draft-schema.json from the zod schema, so the documented draft format cannot drift.
import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { draftSchema } from '../src/model/draft.js';

const schema = z.toJSONSchema(draftSchema, { unrepresentable: 'any', io: 'input' });
writeFileSync(new URL('../docs/draft-schema.json', import.meta.url), `${JSON.stringify(schema, null, 2)}\n`);
console.log('wrote docs/draft-schema.json');

/**
 * `npm run bench`: runs every `bench/*.bench.ts` in turn (each prints its own figures).
 * Pass names to run only some: `npm run bench -- extraction`.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';

const only = process.argv.slice(2);
const dir = import.meta.dirname;
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
let failed = 0;
for (const f of files) {
  console.log(`\n## ${f}`);
  try {
    execFileSync(process.execPath, ['--import', 'tsx', join(dir, f)], { stdio: 'inherit' });
  } catch {
    failed++;
    console.error(`bench ${f} failed`);
  }
}
process.exit(failed ? 1 : 0);

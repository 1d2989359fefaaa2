// npm records each package's "funding" links in package-lock.json. The project keeps its lockfile
// free of URLs (registry "resolved" fields are omitted through .npmrc); this drops the funding
// links, which carry no install information. Runs as `postinstall`, after npm writes the lock
// (copied from frontend/scripts/strip-lock-urls.mjs).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const lockPath = fileURLToPath(new URL('./package-lock.json', import.meta.url));
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
let changed = false;
for (const entry of Object.values(lock.packages ?? {})) {
  if (entry && typeof entry === 'object' && 'funding' in entry) {
    delete entry.funding;
    changed = true;
  }
}
if (changed) writeFileSync(lockPath, JSON.stringify(lock, null, 2) + '\n');
const remaining = readFileSync(lockPath, 'utf8').split('://').length - 1;
if (remaining > 0) {
  console.error(`package-lock.json still contains ${remaining} URL(s)`);
  process.exit(1);
}

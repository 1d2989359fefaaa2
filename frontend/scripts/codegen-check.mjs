// Fails when src/gql is not what ../schema.graphql and the graphql() documents generate.
// Generates into a scratch directory and compares file by file (no git involved).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const committed = join(root, 'src', 'gql');
const scratch = mkdtempSync(join(tmpdir(), 'tandem-codegen-'));

function listFiles(dir, prefix = '') {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );
}

try {
  const bin = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'graphql-codegen.cmd' : 'graphql-codegen');
  const run = spawnSync(bin, ['--config', 'codegen.ts', '--silent'], {
    cwd: root,
    env: { ...process.env, CODEGEN_OUT: `${scratch}/` },
    stdio: 'inherit',
  });
  if (run.status !== 0) {
    console.error('codegen:check: graphql-codegen failed');
    process.exit(run.status ?? 1);
  }

  const expected = listFiles(scratch).sort();
  const actual = listFiles(committed).sort();
  const problems = [];
  for (const file of expected) {
    if (!actual.includes(file)) problems.push(`missing: src/gql/${file}`);
    else if (readFileSync(join(scratch, file), 'utf8') !== readFileSync(join(committed, file), 'utf8')) {
      problems.push(`differs: src/gql/${file}`);
    }
  }
  for (const file of actual) if (!expected.includes(file)) problems.push(`not generated: src/gql/${file}`);

  if (problems.length) {
    console.error(`codegen:check: src/gql is stale; run \`npm run codegen\`.\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`codegen:check: src/gql matches schema.graphql (${expected.length} files).`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

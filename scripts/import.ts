// Imports dataset files (the format of data/*.yaml) into the Neo4j the service uses:
//   npm run import -- [--dry-run] <file.yaml> [more files]
// The files are validated together, against the graph too, and written in one transaction, or not at all.
// Safe to run again: what is already as the files say is left unwritten.
import { readFile } from 'node:fs/promises';
import { runImportCommand } from '../src/dataset/import-command.ts';

const USAGE = 'Usage: npm run import -- [--dry-run] <file.yaml> [more files]';

const args = process.argv.slice(2);
const options = args.filter((arg) => arg.startsWith('--'));
const files = args.filter((arg) => !arg.startsWith('--'));
const unknown = options.filter((option) => option !== '--dry-run');
if (files.length === 0 || unknown.length > 0) {
  console.error(unknown.length > 0 ? `Unknown option ${unknown.join(', ')}. ${USAGE}` : USAGE);
  process.exit(2);
}

const inputs: { name: string; text: string }[] = [];
for (const file of files) {
  try {
    inputs.push({ name: file, text: await readFile(file, 'utf8') });
  } catch (error) {
    console.error(`Cannot read ${file}: ${(error as Error).message}`);
    process.exit(2);
  }
}
process.exit(await runImportCommand(inputs, { dryRun: options.includes('--dry-run') }));

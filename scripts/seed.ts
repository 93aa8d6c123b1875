// Imports every file in data/ into the Neo4j the service uses, as `npm run import -- data/*.yaml` would:
// validated together, written in one transaction, safe to run again. Facts a file no longer states are
// withdrawn from the graph.
import { runImportCommand } from '../src/dataset/import-command.ts';
import { readDatasetFolder } from '../src/dataset/validate.ts';
import { paths } from '../src/paths.ts';

process.exit(await runImportCommand(await readDatasetFolder(paths.dataset)));

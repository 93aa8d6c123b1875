// Validates the dataset in data/ (or the folder given) without writing anything: every problem, one a line.
import { paths } from '../src/paths.ts';
import { DatasetInvalidError, readDatasetFolder, validateDataset } from '../src/dataset/validate.ts';

const folder = process.argv[2] ?? paths.dataset;
try {
  const dataset = validateDataset(await readDatasetFolder(folder));
  const relationships = dataset.files.reduce((sum, file) => sum + file.relationships.length, 0);
  console.log(`${folder}: ${dataset.files.length} files, ${dataset.entities.size} entities, ${relationships} relationships: valid`);
} catch (error) {
  if (!(error instanceof DatasetInvalidError)) throw error;
  console.error(error.message);
  process.exit(1);
}

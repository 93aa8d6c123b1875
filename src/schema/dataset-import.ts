import { GraphQLError } from 'graphql';
import { ImportConflict, type ImportCounts, type FileImportSummary, type ImportSummary } from '../dataset/import-plan.ts';
import { importDataset } from '../dataset/load.ts';
import type { DatasetProblem } from '../dataset/validate.ts';
import { BadUserInput } from '../errors.ts';
import { builder } from './builder.ts';

/*
 * Importing whole dataset files (the format of data/*.yaml) through the API, as `npm run import` does:
 * validated together and against the graph, then written in one transaction, or not at all.
 */

/** Enough for dozens of articles at once; more would hold one transaction (and the request) too long. */
export const IMPORT_LIMITS = { files: 20, bytes: 2 * 1024 * 1024 };

const DatasetFileInputRef = builder.inputType('DatasetFileInput', {
  description: 'One dataset file: a source, the entities it speaks of and the relationships it states (see data/README.md).',
  fields: (t) => ({
    name: t.string({ required: true, description: 'A name for the file, such as `005-new-article.yaml`: problems are reported under it. Nothing is read from disk.' }),
    content: t.string({ required: true, description: 'The file’s YAML text.' }),
  }),
});

const ImportDatasetInputRef = builder.inputType('ImportDatasetInput', {
  description: `Dataset files to import together: at most ${IMPORT_LIMITS.files} files and ${IMPORT_LIMITS.bytes / 1024 / 1024} MB of text in all.`,
  fields: (t) => ({
    files: t.field({ type: [DatasetFileInputRef], required: true, description: 'The files, validated together and written in one transaction.' }),
    dryRun: t.boolean({
      defaultValue: false,
      description: 'True to validate and count what the import would change, writing nothing.',
    }),
  }),
});

const DatasetProblemRef = builder.objectRef<DatasetProblem>('DatasetProblem').implement({
  description: 'One thing wrong with a dataset file, located well enough to fix it.',
  fields: (t) => ({
    file: t.exposeString('file', { description: 'The file’s name, as given in the input.' }),
    entry: t.exposeString('entry', { description: 'The entry at fault, such as `entities[3] (person/x)` or `source`; for a YAML syntax error, the line.' }),
    field: t.exposeString('field', { description: 'The field of the entry at fault, such as `date.end`; empty for the entry as a whole.' }),
    message: t.exposeString('message', { description: 'What is wrong.' }),
  }),
});

const ImportCountsRef = builder.objectRef<ImportCounts>('ImportCounts').implement({
  description:
    'What an import did to one kind of thing. Created, updated and unchanged count what the files state; withdrawn counts what ' +
    'an imported source was cited for before and its file no longer states.',
  fields: (t) => ({
    created: t.exposeInt('created', { description: 'New in the graph.' }),
    updated: t.exposeInt('updated', { description: 'Already in the graph, and changed: its properties, or what an imported source cites it for.' }),
    unchanged: t.exposeInt('unchanged', { description: 'Already in the graph exactly as the files state it: not written.' }),
    withdrawn: t.exposeInt('withdrawn', { description: 'No longer stated by an imported source: that source’s citation was removed.' }),
    deleted: t.exposeInt('deleted', { description: 'Of the withdrawn, those no source is cited for any more, and so removed from the graph.' }),
  }),
});

const FileImportSummaryRef = builder.objectRef<FileImportSummary>('FileImportSummary').implement({
  description: 'What an import did to the entities and relationships one file states (or its source stated before).',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The file’s name, as given in the input.' }),
    source: t.exposeString('source', { description: 'The key of the file’s source, such as `source/astana-times-2023-05-19-summit-trade`.' }),
    entities: t.field({ type: ImportCountsRef, description: 'The entities the file lists, and those its source is no longer cited for.', resolve: (file) => file.entities }),
    relationships: t.field({ type: ImportCountsRef, description: 'The relationships the file states, and those its source no longer states.', resolve: (file) => file.relationships }),
  }),
});

const ImportSummaryRef = builder.objectRef<ImportSummary>('ImportSummary').implement({
  description: 'What an import changed in the graph (or would have, on a dry run).',
  fields: (t) => ({
    dryRun: t.exposeBoolean('dryRun', { description: 'True when nothing was written: the counts say what the import would have done.' }),
    sources: t.field({ type: ImportCountsRef, description: 'The sources of the files.', resolve: (summary) => summary.sources }),
    entities: t.field({ type: ImportCountsRef, description: 'Entities, each counted once however many files list it.', resolve: (summary) => summary.entities }),
    relationships: t.field({ type: ImportCountsRef, description: 'Relationships between entities, each counted once however many files state it.', resolve: (summary) => summary.relationships }),
    files: t.field({ type: [FileImportSummaryRef], description: 'The same, file by file, in the order given.', resolve: (summary) => summary.files }),
  }),
});

const ImportDatasetPayloadRef = builder.objectRef<{ summary: ImportSummary | null; problems: DatasetProblem[] }>('ImportDatasetPayload').implement({
  description: 'The outcome of an import: a summary of what changed, or the problems that stopped it.',
  fields: (t) => ({
    summary: t.field({
      type: ImportSummaryRef,
      nullable: true,
      description: 'What the import changed; null when there are problems (and then nothing was written).',
      resolve: (payload) => payload.summary,
    }),
    problems: t.field({
      type: [DatasetProblemRef],
      description: 'Every problem found in the files, all at once; empty when the import went through.',
      resolve: (payload) => payload.problems,
    }),
  }),
});

builder.mutationField('importDataset', (t) =>
  t.field({
    type: ImportDatasetPayloadRef,
    description:
      'Imports dataset files, as `npm run import` does. The files are validated together, and against the graph: a file may ' +
      'mention an entity no file defines when the graph has it. If any file has a problem, nothing is written and every problem ' +
      'is listed. Otherwise all files are written in one transaction: a definition replaces the entity’s properties, a mention ' +
      'adds its citation and aliases, and whatever the graph cites an imported source for that its file no longer states is ' +
      'withdrawn. Importing the same files again changes nothing. Needs an editor’s API key.',
    authScopes: { editor: true },
    args: { input: t.arg({ type: ImportDatasetInputRef, required: true, description: 'The files, and whether this is a dry run.' }) },
    resolve: async (_root, { input }, { db }) => {
      checkLimits(input.files);
      try {
        return await importDataset(db, input.files.map((file) => ({ name: file.name, text: file.content })), { dryRun: input.dryRun ?? false });
      } catch (error) {
        if (error instanceof ImportConflict) throw new GraphQLError(error.message, { extensions: { code: 'CONFLICT' } });
        throw error;
      }
    },
  }),
);

function checkLimits(files: readonly { content: string }[]) {
  if (files.length === 0) throw new BadUserInput('`input.files`: give at least one file.', 'input.files');
  if (files.length > IMPORT_LIMITS.files) {
    throw new BadUserInput(`\`input.files\`: at most ${IMPORT_LIMITS.files} files in one import; ${files.length} were given.`, 'input.files');
  }
  const bytes = files.reduce((sum, file) => sum + Buffer.byteLength(file.content, 'utf8'), 0);
  if (bytes > IMPORT_LIMITS.bytes) {
    throw new BadUserInput(
      `\`input.files\`: at most ${IMPORT_LIMITS.bytes} bytes of text in one import (${IMPORT_LIMITS.bytes / 1024 / 1024} MB); ${bytes} were given. Import the files in smaller groups.`,
      'input.files',
    );
  }
}

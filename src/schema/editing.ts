import type { InputFieldMap, ObjectRef } from '@pothos/core';
import { decodeGlobalId } from '../data/global-id.ts';
import { createEntity, deleteEntity, type Dependant, type EntityFields, updateEntity } from '../data/editing.ts';
import type { ProvenanceInput } from '../data/citing.ts';
import { INPUT_PROBLEM_CODES, type InputProblem, type WriteOutcome } from '../data/input-problems.ts';
import type { GraphNode } from '../db/values.ts';
import { ENTITY_TYPES, type EntityType } from '../dataset/format.ts';
import type { GraphQLContext } from '../context.ts';
import { builder, type Types } from './builder.ts';
import { EntityReferenceRef, type EntityReferenceInput, EntityRef, referencedKey } from './entity.ts';
import { SourceKindRef } from './source.ts';

/*
 * Changing the graph. Every entity type gets `create<Type>` and `update<Type>`, declared in its own file
 * with its fields (editableEntity); `deleteEntity` serves them all. Every change needs an editor's API key
 * and names its source. Problems with the input come back in the payload's `errors`, one per field, so a
 * form can show them; nothing is written when there is any.
 */

const InputErrorCodeRef = builder.enumType('InputErrorCode', {
  description: 'What sort of problem an input has.',
  values: Object.fromEntries(Object.entries(INPUT_PROBLEM_CODES).map(([code, description]) => [code, { value: code, description }])) as Record<
    keyof typeof INPUT_PROBLEM_CODES,
    { value: keyof typeof INPUT_PROBLEM_CODES; description: string }
  >,
});

export const InputErrorRef = builder.objectRef<InputProblem>('InputError').implement({
  description: 'One problem with a mutation’s input, at the field it concerns.',
  fields: (t) => ({
    field: t.exposeStringList('field', {
      description: 'The path of the field within `input`, such as ["date", "end"] or ["provenance", "paragraphs", "0"]; empty for the input as a whole.',
    }),
    message: t.exposeString('message', { description: 'What is wrong, in words a form can show beside the field.' }),
    code: t.expose('code', { type: InputErrorCodeRef, description: 'What sort of problem it is, for clients that react to it.' }),
  }),
});

export const PartialDateInputRef = builder.inputType('PartialDateInput', {
  description: 'A date as precise as the source gives it: `2023`, `2023-05` or `2023-05-18`, or a range of them.',
  fields: (t) => ({
    date: t.string({ required: true, description: 'The date, or the start of the range: YYYY, YYYY-MM or YYYY-MM-DD.' }),
    end: t.string({ description: 'The end of a range, as precise as `date`.' }),
    inferred: t.boolean({ description: 'True when no source states the date and it was worked out; then give the `basis`.' }),
    basis: t.string({ description: 'How an inferred date was worked out.' }),
  }),
});

const NewSourceInputRef = builder.inputType('NewSourceInput', {
  description: 'A source the graph does not cite yet.',
  fields: (t) => ({
    key: t.string({ required: true, description: 'Its key, `source/words-with-dashes`.' }),
    kind: t.field({ type: SourceKindRef, required: true, description: 'An article (cited by paragraph number) or a reference work (cited by section name).' }),
    title: t.string({ required: true, description: 'The headline or title.' }),
    publisher: t.string({ required: true, description: 'Who published it.' }),
    url: t.string({ description: 'Where it can be read; required for an article.' }),
    published: t.field({ type: PartialDateInputRef, description: 'When it was published.' }),
    paragraphs: t.int({ description: 'How many paragraphs an article has (non-empty lines, a headline counting as 1); required for an article.' }),
    note: t.string({ description: 'A note on the source.' }),
  }),
});

const SourceChoiceRef = builder.inputType('SourceChoice', {
  isOneOf: true,
  description: 'The source a change rests on: one the graph already cites (by key or id), or a new one.',
  fields: (t) => ({
    key: t.string({ description: 'An existing source’s key, such as `source/astana-times-2023-05-19-summit-trade`.' }),
    id: t.id({ description: 'An existing source’s global id.' }),
    new: t.field({ type: NewSourceInputRef, description: 'A source to add with this change.' }),
  }),
});

export const ProvenanceInputRef = builder.inputType('ProvenanceInput', {
  description: 'Where a change is stated: the source, and at least one paragraph, section or quote in it.',
  fields: (t) => ({
    source: t.field({ type: SourceChoiceRef, required: true, description: 'The source.' }),
    paragraphs: t.intList({ description: 'Paragraphs of an article that state it, counting from 1.' }),
    sections: t.stringList({ description: 'Sections of a reference work that state it.' }),
    quote: t.string({ description: 'The words that state it, up to 500 characters, where a paragraph number is not enough.' }),
  }),
});

type ProvenanceArgument = {
  source: { key?: string | null | undefined; id?: string | number | null | undefined; new?: ProvenanceInput['source']['new'] };
  paragraphs?: readonly number[] | null | undefined;
  sections?: readonly string[] | null | undefined;
  quote?: string | null | undefined;
};

/** The provenance as the data layer takes it: a source's global id becomes its key. */
export function provenanceOf({ source, ...places }: ProvenanceArgument): ProvenanceInput {
  const key = source.id != null ? decodeGlobalId(String(source.id), 'input.provenance.source.id').key : source.key;
  return { ...places, source: { key, new: source.new } };
}

/** The key a reference in a mutation's input names, or a NOT_FOUND problem at `field`. */
export async function referencedForWrite(
  context: GraphQLContext,
  reference: EntityReferenceInput,
  field: string,
): Promise<{ key: string } | { problem: InputProblem }> {
  const key = await referencedKey(context, reference, `input.${field}`);
  return key ? { key } : { problem: { field: [field], message: 'names no entity in the graph', code: 'NOT_FOUND' } };
}

type InputFieldBuilder = PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>;

/**
 * The fields of an entity type in a mutation's input, named as its GraphQL type names them. `required`
 * is true for creating (the format's required fields must be given) and false for updating (left out:
 * unchanged; null: removed).
 */
export interface EditableFields {
  fields: (t: InputFieldBuilder, required: boolean) => InputFieldMap;
  /** Turns the input's fields into the dataset format's, where they differ (Money.amount is the format's value). */
  toFormat?: (fields: EntityFields) => EntityFields;
  /** Turns a path in the format back into the input's, for problems found by the format's rules. */
  toInputPath?: (path: string[]) => string[];
}

/**
 * `create<Type>` and `update<Type>` for one entity type, with their inputs and a `<Type>Payload` holding
 * the entity written or the problems found.
 */
export function editableEntity(ref: ObjectRef<Types, GraphNode>, type: EntityType, editable: EditableFields) {
  const fieldName = type.charAt(0).toLowerCase() + type.slice(1);
  const common = (t: InputFieldBuilder, required: boolean) => ({
    ...editable.fields(t, required),
    aliases: t.stringList({ description: 'Other names or spellings the sources use. On update, the whole list.' }),
    note: t.string({ description: 'A curator’s note: what is assumed or uncertain, and why.' }),
    provenance: t.field({ type: ProvenanceInputRef, required: true, description: 'The source the change rests on, and where in it.' }),
  });
  const CreateInput = builder.inputType(`Create${type}Input`, {
    description: `A new ${type}.`,
    fields: (t) => ({
      key: t.string({ description: `Its key; made from the name when left out (\`${ENTITY_TYPES[type]}/words-of-the-name\`).` }),
      ...common(t, true),
    }),
  });
  const UpdateInput = builder.inputType(`Update${type}Input`, {
    description: `A change to a ${type}: fields left out stay as they are; null removes an optional one.`,
    fields: (t) => ({
      entity: t.field({ type: EntityReferenceRef, required: true, description: 'The entity to change.' }),
      expectedRevision: t.int({ description: 'Change it only if it is still at this revision (as read from `revision`); otherwise CONFLICT.' }),
      ...common(t, false),
    }),
  });
  const Payload = builder.objectRef<WriteOutcome<GraphNode>>(`${type}Payload`).implement({
    description: `The ${type} written, or why it was not.`,
    fields: (t) => ({
      [fieldName]: t.field({ type: ref, nullable: true, description: `The ${type} as written; null when \`errors\` is not empty.`, resolve: (outcome) => outcome.result ?? null }),
      errors: t.field({ type: [InputErrorRef], description: 'Problems with the input; nothing was written when there is any.', resolve: (outcome) => outcome.problems }),
    }),
  });
  const toFormat = editable.toFormat ?? ((fields: EntityFields) => fields);
  const atInputPaths = (outcome: WriteOutcome<GraphNode>): WriteOutcome<GraphNode> =>
    editable.toInputPath ? { ...outcome, problems: outcome.problems.map((problem) => ({ ...problem, field: editable.toInputPath!(problem.field) })) } : outcome;

  builder.mutationFields((t) => ({
    [`create${type}`]: t.field({
      type: Payload,
      description: `Adds a ${type}, citing its source. Needs an editor’s API key.`,
      authScopes: { editor: true },
      args: { input: t.arg({ type: CreateInput, required: true, description: `The new ${type}.` }) },
      resolve: async (_root, { input }, { db }) => {
        const { key, provenance, ...fields } = input as unknown as EntityFields & { key?: string | null; provenance: ProvenanceArgument };
        return atInputPaths(await createEntity(db, type, { key, fields: toFormat(fields), provenance: provenanceOf(provenance) }));
      },
    }),
    [`update${type}`]: t.field({
      type: Payload,
      description: `Changes a ${type}, citing the source of the change. Needs an editor’s API key.`,
      authScopes: { editor: true },
      args: { input: t.arg({ type: UpdateInput, required: true, description: 'The entity and the change.' }) },
      resolve: async (_root, { input }, context) => {
        const { entity, expectedRevision, provenance, ...fields } = input as unknown as EntityFields & {
          entity: EntityReferenceInput;
          expectedRevision?: number | null;
          provenance: ProvenanceArgument;
        };
        const target = await referencedForWrite(context, entity, 'entity');
        if ('problem' in target) return { problems: [target.problem] };
        const change = { id: target.key, expectedRevision, fields: toFormat(fields), provenance: provenanceOf(provenance) };
        return atInputPaths(await updateEntity(context.db, type, change));
      },
    }),
  }));
}

const DependantRef = builder.objectRef<Dependant>('Dependant').implement({
  description: 'An entity linked to one that was to be deleted, and how.',
  fields: (t) => ({
    relationship: t.exposeString('relationship', { description: 'The kind of relationship, such as ATTENDED (EXPORTS also for a partner country).' }),
    outgoing: t.exposeBoolean('outgoing', { description: 'True when the relationship points from the entity to be deleted to this one.' }),
    entity: t.field({ type: EntityRef, description: 'The linked entity.', resolve: (dependant) => dependant.other }),
  }),
});

type DeletionOutcome = Awaited<ReturnType<typeof deleteEntity>>;

const DeleteEntityInputRef = builder.inputType('DeleteEntityInput', {
  description: 'An entity to delete.',
  fields: (t) => ({
    entity: t.field({ type: EntityReferenceRef, required: true, description: 'The entity.' }),
    cascade: t.boolean({ defaultValue: false, description: 'Also remove its relationships to other entities (the entities stay). Without it, an entity with any is not deleted.' }),
    expectedRevision: t.int({ description: 'Delete it only if it is still at this revision; otherwise CONFLICT.' }),
  }),
});

const DeleteEntityPayloadRef = builder.objectRef<DeletionOutcome>('DeleteEntityPayload').implement({
  description: 'What a deletion removed, or why it did not.',
  fields: (t) => ({
    deletedKey: t.string({ nullable: true, description: 'The key of the entity deleted; null when nothing was.', resolve: (outcome) => outcome.result?.key ?? null }),
    relationshipsRemoved: t.int({ description: 'How many relationships went with it.', resolve: (outcome) => outcome.result?.relationshipsRemoved ?? 0 }),
    dependants: t.field({
      type: [DependantRef],
      description: 'When refused for HAS_DEPENDANTS: the entities linked to it (the first 100).',
      resolve: (outcome) => outcome.dependants ?? [],
    }),
    errors: t.field({ type: [InputErrorRef], description: 'Problems with the input; nothing was deleted when there is any.', resolve: (outcome) => outcome.problems }),
  }),
});

builder.mutationField('deleteEntity', (t) =>
  t.field({
    type: DeleteEntityPayloadRef,
    description: 'Deletes an entity of any type with its citations. Refused while other entities are linked to it, unless `cascade`. Needs an editor’s API key.',
    authScopes: { editor: true },
    args: { input: t.arg({ type: DeleteEntityInputRef, required: true, description: 'The entity, and whether to cascade.' }) },
    resolve: async (_root, { input }, context) => {
      const target = await referencedForWrite(context, input.entity, 'entity');
      if ('problem' in target) return { problems: [target.problem] };
      return deleteEntity(context.db, { id: target.key, expectedRevision: input.expectedRevision, cascade: input.cascade ?? false });
    },
  }),
);

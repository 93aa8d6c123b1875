import { type Link, linkEntities, unlinkEntities, type Unlinking } from '../data/linking.ts';
import type { WriteOutcome } from '../data/input-problems.ts';
import type { RelationshipType } from '../dataset/format.ts';
import { builder } from './builder.ts';
import { InputErrorRef, PartialDateInputRef, ProvenanceInputRef, provenanceOf, referencedForWrite } from './editing.ts';
import { EntityReferenceRef } from './entity.ts';
import { RelationshipRef, RelationshipTypeRef } from './graph.ts';
import { ExportStatusRef } from './links.ts';

/*
 * Linking entities (a person ATTENDED an event, an agreement COVERS a commodity, ...) and unlinking them.
 * The rules are the dataset's: which types each relationship joins, and the facts it carries.
 */

const LinkEntitiesInputRef = builder.inputType('LinkEntitiesInput', {
  description: 'A relationship to state, with the source that states it.',
  fields: (t) => ({
    type: t.field({ type: RelationshipTypeRef, required: true, description: 'The kind of relationship.' }),
    from: t.field({ type: EntityReferenceRef, required: true, description: 'Where it starts: the attendee of ATTENDED, the signer of SIGNED.' }),
    to: t.field({ type: EntityReferenceRef, required: true, description: 'Where it ends.' }),
    role: t.string({ description: 'ATTENDED: the part played. CONCERNS: how (reporter, partner, subject, ...).' }),
    post: t.string({ description: 'HELD_POST (required): the post, as the source names it.' }),
    asOf: t.field({ type: PartialDateInputRef, description: 'HELD_POST: when the source attests the post was held.' }),
    since: t.field({ type: PartialDateInputRef, description: 'HELD_POST: when it was taken up.' }),
    until: t.field({ type: PartialDateInputRef, description: 'HELD_POST: when it was left.' }),
    partner: t.field({ type: EntityReferenceRef, description: 'EXPORTS (required): the importing country.' }),
    status: t.field({ type: ExportStatusRef, description: 'EXPORTS (required): how far the export has got.' }),
    note: t.string({ description: 'A curator’s note on the relationship.' }),
    provenance: t.field({ type: ProvenanceInputRef, required: true, description: 'The source that states it, and where.' }),
  }),
});

const LinkPayloadRef = builder.objectRef<WriteOutcome<Link>>('LinkEntitiesPayload').implement({
  description: 'The relationship as written, or why it was not.',
  fields: (t) => ({
    relationship: t.field({ type: RelationshipRef, nullable: true, description: 'The relationship, with all its citations.', resolve: (outcome) => outcome.result?.relationship ?? null }),
    created: t.boolean({ description: 'False when it was there already and the source was added to it.', resolve: (outcome) => outcome.result?.created ?? false }),
    errors: t.field({ type: [InputErrorRef], description: 'Problems with the input; nothing was written when there is any.', resolve: (outcome) => outcome.problems }),
  }),
});

const UnlinkEntitiesInputRef = builder.inputType('UnlinkEntitiesInput', {
  description: 'Relationships to remove, or a source’s word for them to withdraw.',
  fields: (t) => ({
    type: t.field({ type: RelationshipTypeRef, required: true, description: 'The kind of relationship.' }),
    from: t.field({ type: EntityReferenceRef, required: true, description: 'Where it starts.' }),
    to: t.field({ type: EntityReferenceRef, required: true, description: 'Where it ends.' }),
    post: t.string({ description: 'HELD_POST: only the holding of this post.' }),
    asOf: t.string({ description: 'HELD_POST: only the attestation of this date, as written (`2024`, `2024-03-13`).' }),
    source: t.string({ description: 'Withdraw only this source’s citations (by key); the relationship goes when no source is left.' }),
  }),
});

const UnlinkPayloadRef = builder.objectRef<WriteOutcome<Unlinking>>('UnlinkEntitiesPayload').implement({
  description: 'What was removed, or why nothing was.',
  fields: (t) => ({
    removed: t.int({ description: 'Relationships deleted.', resolve: (outcome) => outcome.result?.removed ?? 0 }),
    withdrawn: t.int({ description: 'Relationships that lost the source’s citations but stay, stated by other sources.', resolve: (outcome) => outcome.result?.withdrawn ?? 0 }),
    errors: t.field({ type: [InputErrorRef], description: 'Problems with the input; nothing was changed when there is any.', resolve: (outcome) => outcome.problems }),
  }),
});

builder.mutationFields((t) => ({
  linkEntities: t.field({
    type: LinkPayloadRef,
    description: 'States a relationship between two entities, citing its source. Needs an editor’s API key.',
    authScopes: { editor: true },
    args: { input: t.arg({ type: LinkEntitiesInputRef, required: true, description: 'The relationship and its source.' }) },
    resolve: async (_root, { input }, context) => {
      const { type, from, to, partner, provenance, ...facts } = input;
      const ends = await Promise.all([
        referencedForWrite(context, from, 'from'),
        referencedForWrite(context, to, 'to'),
        partner ? referencedForWrite(context, partner, 'partner') : { key: null },
      ]);
      const problems = ends.flatMap((end) => ('problem' in end ? [end.problem] : []));
      if (problems.length > 0) return { problems };
      const [fromKey, toKey, partnerKey] = ends.map((end) => ('key' in end ? end.key : null));
      const link = { type: type as RelationshipType, from: fromKey!, to: toKey!, facts: { ...facts, partner: partnerKey }, provenance: provenanceOf(provenance) };
      return linkEntities(context.db, link);
    },
  }),
  unlinkEntities: t.field({
    type: UnlinkPayloadRef,
    description: 'Removes relationships between two entities, or withdraws one source’s word for them. Needs an editor’s API key.',
    authScopes: { editor: true },
    args: { input: t.arg({ type: UnlinkEntitiesInputRef, required: true, description: 'The relationships.' }) },
    resolve: async (_root, { input }, context) => {
      const [from, to] = await Promise.all([referencedForWrite(context, input.from, 'from'), referencedForWrite(context, input.to, 'to')]);
      if ('problem' in from || 'problem' in to) return { problems: [from, to].flatMap((end) => ('problem' in end ? [end.problem] : [])) };
      return unlinkEntities(context.db, { ...input, type: input.type as RelationshipType, from: from.key, to: to.key });
    },
  }),
}));

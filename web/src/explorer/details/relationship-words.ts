import type { RelationshipType } from '../../api/generated.ts';

/**
 * How each kind of relationship reads from either end: the panel lists an entity's links under these
 * headings ("Attended", "Attended by"), and the path finder labels its checkboxes with `kind`.
 * A Record, so a kind the API adds fails the type check until it has words here.
 */
export const RELATIONSHIP_WORDS: Record<RelationshipType, { kind: string; outgoing: string; incoming: string }> = {
  ATTENDED: { kind: 'attendance', outgoing: 'Attended', incoming: 'Attended by' },
  BASED_IN: { kind: 'based in', outgoing: 'Based in', incoming: 'Base of' },
  CONCERNS: { kind: 'concerns', outgoing: 'Concerns', incoming: 'Concerned by' },
  COVERS: { kind: 'covers', outgoing: 'Covers', incoming: 'Covered by' },
  EXPORTS: { kind: 'exports', outgoing: 'Exports', incoming: 'Exported by' },
  HELD_IN: { kind: 'held in', outgoing: 'Held in', incoming: 'Venue of' },
  HELD_POST: { kind: 'posts', outgoing: 'Held a post in', incoming: 'Posts held by' },
  LOCATED_IN: { kind: 'located in', outgoing: 'Located in', incoming: 'Location of' },
  NATIONAL_OF: { kind: 'nationality', outgoing: 'National of', incoming: 'Nationals' },
  PARTICIPATES_IN: { kind: 'route participation', outgoing: 'Participates in', incoming: 'Participants' },
  PARTY_TO: { kind: 'party to', outgoing: 'Party to', incoming: 'Parties' },
  PART_OF: { kind: 'part of', outgoing: 'Part of', incoming: 'Parts' },
  SERVES: { kind: 'serves', outgoing: 'Serves', incoming: 'Served by' },
  SET: { kind: 'set target', outgoing: 'Set', incoming: 'Set by' },
  SIGNED: { kind: 'signed', outgoing: 'Signed', incoming: 'Signatories' },
  SIGNED_AT: { kind: 'signed at', outgoing: 'Signed at', incoming: 'Agreements signed' },
  STATED: { kind: 'stated', outgoing: 'Stated', incoming: 'Stated by' },
  STATED_AT: { kind: 'stated at', outgoing: 'Stated at', incoming: 'Figures and targets stated' },
};

export const RELATIONSHIP_TYPES = Object.keys(RELATIONSHIP_WORDS) as RelationshipType[];

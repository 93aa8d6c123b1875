import { type EntityType, RELATIONSHIPS, type Relationship } from './format.ts';

/*
 * The rules a relationship must keep beyond its shape: which types it joins, which facts it carries, and
 * which it must carry. Curated files and the API's link mutation are checked by these same rules.
 */

const FACTS = ['post', 'role', 'asOf', 'since', 'until', 'partner', 'status'] as const;

export interface RuleProblem {
  /** The field at fault: from, to, or one of the facts. */
  field: 'from' | 'to' | (typeof FACTS)[number];
  message: string;
}

/** What is wrong with a relationship's facts: one its type does not carry, or one it needs and lacks. */
export function factProblems(relationship: Relationship): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const allowed: readonly string[] = (RELATIONSHIPS[relationship.type] as { properties?: readonly string[] }).properties ?? [];
  for (const fact of FACTS) {
    if (relationship[fact] !== undefined && !allowed.includes(fact)) problems.push({ field: fact, message: `${relationship.type} has no ${fact}` });
  }
  if (relationship.type === 'HELD_POST' && !relationship.post) problems.push({ field: 'post', message: 'HELD_POST needs the post' });
  if (relationship.type === 'EXPORTS') {
    if (!relationship.status) problems.push({ field: 'status', message: 'EXPORTS needs a status' });
    if (!relationship.partner) problems.push({ field: 'partner', message: 'EXPORTS needs the partner country' });
  }
  return problems;
}

/**
 * What is wrong with the types of the entities a relationship names; `typeOf` gives undefined for an
 * entity whose type is unknown (missing or malformed), which is reported elsewhere.
 */
export function endTypeProblems(relationship: Relationship, typeOf: (id: string) => EntityType | undefined): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const rule = RELATIONSHIPS[relationship.type];
  for (const end of ['from', 'to'] as const) {
    const type = typeOf(relationship[end]);
    if (type && !(rule[end] as readonly EntityType[]).includes(type)) {
      problems.push({ field: end, message: `${relationship.type} goes ${end} ${rule[end].join(', ')}, not ${type}` });
    }
  }
  if (relationship.partner) {
    const type = typeOf(relationship.partner);
    if (type && type !== 'Country') problems.push({ field: 'partner', message: 'must be a country' });
  }
  return problems;
}

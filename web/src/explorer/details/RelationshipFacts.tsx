import type { JSX, ReactNode } from 'react';
import type { RelationshipDetailsFragment } from '../../api/generated.ts';
import { DateText } from './DateText.tsx';
import { sayEnum } from './format.ts';

type Fact = [label: string, value: ReactNode];

/** A relationship's own facts that say something: the part played, the post and when, an export's status and partner. */
export function relationshipFacts(relationship: RelationshipDetailsFragment): Fact[] {
  const facts: (Fact | null)[] = [
    relationship.role ? ['Role', relationship.role] : null,
    relationship.post ? ['Post', relationship.post] : null,
    relationship.status ? ['Status', sayEnum(relationship.status)] : null,
    relationship.partner ? ['Partner', relationship.partner.name] : null,
    relationship.since ? ['Since', <DateText date={relationship.since} />] : null,
    relationship.until ? ['Until', <DateText date={relationship.until} />] : null,
    relationship.asOf ? ['As of', <DateText date={relationship.asOf} />] : null,
    relationship.note ? ['Note', relationship.note] : null,
  ];
  return facts.filter((fact): fact is Fact => fact !== null);
}

export function RelationshipFacts({ relationship }: { relationship: RelationshipDetailsFragment }): JSX.Element | null {
  const facts = relationshipFacts(relationship);
  if (facts.length === 0) return null;
  return (
    <dl className="panel-properties panel-facts">
      {facts.map(([label, value]) => (
        <div key={label} className="panel-property">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

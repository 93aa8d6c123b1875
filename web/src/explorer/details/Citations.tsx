import type { JSX } from 'react';
import type { CitationDetailsFragment } from '../../api/generated.ts';
import { DateText } from './DateText.tsx';
import { sayParagraphs } from './format.ts';

/** Where in a source the fact is stated: paragraph numbers, a reference work's sections, or quoted words. */
export function CitedPlaces({ citation }: { citation: CitationDetailsFragment }): JSX.Element | null {
  const places = [
    citation.paragraphs.length > 0 ? sayParagraphs(citation.paragraphs) : null,
    citation.sections.length > 0 ? `sections ${citation.sections.join(', ')}` : null,
    ...citation.quotes.map((quote) => `“${quote}”`),
  ].filter((place): place is string => place !== null);
  if (places.length === 0) return null;
  return <span className="panel-cited-places">{places.join('; ')}</span>;
}

function SourceTitle({ source }: { source: CitationDetailsFragment['source'] }): JSX.Element {
  if (!source.url) return <cite>{source.title}</cite>;
  return (
    <a href={source.url} target="_blank" rel="noopener noreferrer" aria-label={`${source.title} (opens in a new tab)`}>
      <cite>{source.title}</cite>
    </a>
  );
}

/** Each source that states a fact: title (a link when it has an address), publisher, date, and the places cited. */
export function Citations({ citations, label }: { citations: readonly CitationDetailsFragment[]; label: string }): JSX.Element {
  if (citations.length === 0) return <p className="panel-muted">No source is cited.</p>;
  return (
    <ul className="panel-citations" aria-label={label}>
      {citations.map((citation) => (
        <li key={citation.source.id}>
          <SourceTitle source={citation.source} />
          <span className="panel-publisher">
            {' — '}
            {citation.source.publisher}
            {citation.source.published && (
              <>
                {', '}
                <DateText date={citation.source.published} />
              </>
            )}
          </span>
          <br />
          <CitedPlaces citation={citation} />
        </li>
      ))}
    </ul>
  );
}

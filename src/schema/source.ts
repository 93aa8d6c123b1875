import { type Citation, loadNode, loadNodes } from '../data/entity.ts';
import type { GraphNode } from '../db/values.ts';
import { builder } from './builder.ts';
import { EntityRef, number, partialDate, PartialDateRef, text } from './entity.ts';
import { linkField, paragraphsOf, quotesOf, sectionsOf } from './links.ts';
import { dateRangeFields, entityListField } from './lists.ts';

export const SourceRef = builder.objectRef<GraphNode>('Source');

builder.node(SourceRef, {
  description: 'An article or reference work that facts in the graph are taken from.',
  // A Node (builder.node adds it) but not an Entity: a source is what entities are cited in.
  isTypeOf: (value) => (value as GraphNode).label === 'Source',
  id: { resolve: (source) => source.id },
  loadMany: async (ids, { loaders }) => (await loadNodes(loaders, ids)).map((node) => (node?.label === 'Source' ? node : null)),
  fields: (t) => ({
    key: t.string({ description: 'The readable key, such as `source/2023-05-central-asia-china-summit-trade`.', resolve: (source) => source.id }),
    kind: t.string({ description: '`article` (a news article) or `reference` (a public document consulted for context).', resolve: (source) => String(source.properties.kind) }),
    title: t.string({ description: 'The headline or title.', resolve: (source) => String(source.properties.title) }),
    publisher: t.string({ description: 'Who published it.', resolve: (source) => String(source.properties.publisher) }),
    published: t.field({ type: PartialDateRef, nullable: true, description: 'When it was published.', resolve: (source) => partialDate(source.properties, 'published') }),
    url: t.string({ nullable: true, description: 'Where it can be read, when known.', resolve: (source) => text(source.properties, 'url') }),
    paragraphs: t.int({ nullable: true, description: 'How many paragraphs an article has; citations count from 1.', resolve: (source) => number(source.properties, 'paragraphs') }),
    note: t.string({ nullable: true, description: 'The curator’s note on the source.', resolve: (source) => text(source.properties, 'note') }),
    entities: linkField(t, {
      relationship: 'CITED_IN',
      direction: 'in',
      to: EntityRef,
      labels: ['Entity'],
      description: 'The entities this source is cited for, with the paragraphs that mention each.',
    }),
  }),
});

export const CitationRef = builder.objectRef<Citation>('Citation').implement({
  description: 'Where a fact is stated: a source and the places in it.',
  fields: (t) => ({
    source: t.field({
      type: SourceRef,
      description: 'The article or reference work.',
      resolve: async (citation, _args, { loaders }) => {
        const source = await loadNode(loaders, citation.source);
        if (!source) throw new Error(`Citation of missing source ${citation.source}`);
        return source;
      },
    }),
    paragraphs: t.intList({
      description: 'Paragraph numbers in an article, counting from 1 (blank lines separate paragraphs).',
      resolve: (citation) => paragraphsOf(citation.locators),
    }),
    sections: t.stringList({
      description: 'Sections of a reference work, as it names them.',
      resolve: (citation) => sectionsOf(citation.locators),
    }),
    quotes: t.stringList({
      description: 'Words quoted from the source where an edit cited them rather than a paragraph or section.',
      resolve: (citation) => quotesOf(citation.locators),
    }),
  }),
});


export const SourceKindRef = builder.enumType('SourceKind', {
  description: 'What sort of source it is.',
  values: {
    ARTICLE: { value: 'article', description: 'A news article: the facts of the graph come from these.' },
    REFERENCE: { value: 'reference', description: 'A public document consulted for what the articles leave implicit.' },
  } as const,
});

const SourceFilterRef = builder.inputType('SourceFilter', {
  description: 'Narrows a list of sources.',
  fields: (t) => ({
    name: t.string({ description: 'Part of the title, ignoring case.' }),
    kind: t.field({ type: [SourceKindRef], description: 'Sources of any of these kinds.' }),
    ...dateRangeFields(t, { from: 'Published on or after this day (as far as the publication date is known).', to: 'Published on or before this day.' }),
  }),
});

entityListField({
  field: 'sources',
  type: SourceRef,
  label: 'Source',
  description: 'The articles and reference works the graph cites, earliest published first unless ordered otherwise.',
  filter: SourceFilterRef,
  order: 'DATE',
  toFilter: (filter) => ({ name: filter.name, propertyIn: [{ property: 'kind', values: filter.kind ?? [] }], from: filter.from, to: filter.to }),
});

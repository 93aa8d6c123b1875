/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar day, written YYYY-MM-DD. */
  Date: { input: string; output: string; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  DateTime: { input: string; output: string; }
};

/** Narrows a list of agreements. */
export type AgreementFilter = {
  /** Agreements this country is party to or that concern it. */
  country?: InputMaybe<EntityReference>;
  /** Agreements signed at this event or at an event that was part of it. */
  event?: InputMaybe<EntityReference>;
  /** Agreements signed on or after this day (undated ones are left out when a range is given). */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Agreements of any of these kinds. */
  kind?: InputMaybe<Array<AgreementKind>>;
  /** Part of the name, title or any alias, ignoring case. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Agreements signed on or before this day. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** What sort of agreement or package of documents it is. */
export type AgreementKind =
  /** bilateral documents */
  | 'BILATERAL_DOCUMENTS'
  /** commercial contracts */
  | 'COMMERCIAL_CONTRACTS'
  /** cooperation agreements */
  | 'COOPERATION_AGREEMENTS'
  /** intergovernmental */
  | 'INTERGOVERNMENTAL'
  /** plan */
  | 'PLAN'
  /** sanitary requirements */
  | 'SANITARY_REQUIREMENTS';

/** Narrows a list of border crossings. */
export type BorderCrossingFilter = {
  /** Crossings that handle this traffic. */
  mode?: InputMaybe<TransportMode>;
  /** Part of the name, title or any alias, ignoring case. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Crossings in this region, city or country, or anywhere within it. */
  region?: InputMaybe<EntityReference>;
  /** Crossings with any of these statuses. */
  status?: InputMaybe<Array<BorderCrossingStatus>>;
};

/** Whether a crossing operates, has reopened, is planned or is being built. */
export type BorderCrossingStatus =
  /** operating */
  | 'OPERATING'
  /** planned */
  | 'PLANNED'
  /** reopened */
  | 'REOPENED'
  /** under construction */
  | 'UNDER_CONSTRUCTION';

/** How a source qualifies a number: exact, about, more than, less than, at least. */
export type Bound =
  /** about */
  | 'ABOUT'
  /** at least */
  | 'AT_LEAST'
  /** exact */
  | 'EXACT'
  /** less than */
  | 'LESS_THAN'
  /** more than */
  | 'MORE_THAN';

/** Narrows a list of cities. */
export type CityFilter = {
  /** Cities in this country. */
  country?: InputMaybe<EntityReference>;
  /** Part of the name, title or any alias, ignoring case. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Cities in this region. */
  region?: InputMaybe<EntityReference>;
};

/** A broad class of goods. */
export type CommodityCategory =
  /** agricultural */
  | 'AGRICULTURAL'
  /** energy */
  | 'ENERGY'
  /** feed */
  | 'FEED'
  /** food */
  | 'FOOD'
  /** manufactured */
  | 'MANUFACTURED'
  /** metals */
  | 'METALS'
  /** minerals */
  | 'MINERALS'
  /** mixed */
  | 'MIXED';

/** Narrows a list of commodities. */
export type CommodityFilter = {
  /** Commodities in any of these categories. */
  category?: InputMaybe<Array<CommodityCategory>>;
  /** Part of the name, title or any alias, ignoring case. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Narrows a list of countries. */
export type CountryFilter = {
  /** Part of the name, title or any alias, ignoring case. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** A new Agreement. */
export type CreateAgreementInput = {
  /** Other names or spellings the sources use. On update, the whole list. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** When it was signed. */
  date?: InputMaybe<PartialDateInput>;
  /** How many documents a package holds. */
  documentCount?: InputMaybe<Scalars['Int']['input']>;
  /** Its key; made from the name when left out (`agreement/words-of-the-name`). */
  key?: InputMaybe<Scalars['String']['input']>;
  /** What sort of agreement it is. */
  kind: AgreementKind;
  /** A curator’s note: what is assumed or uncertain, and why. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The source the change rests on, and where in it. */
  provenance: ProvenanceInput;
  /** The sectors it covers, as the sources name them. */
  sectors?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The agreement’s title, or a description of the package. */
  title: Scalars['String']['input'];
  /** What it is worth, where a source says. */
  value?: InputMaybe<MoneyInput>;
};

/** A new BorderCrossing. */
export type CreateBorderCrossingInput = {
  /** Other names or spellings the sources use. On update, the whole list. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The name of the Chinese side of the crossing. */
  chineseSideName?: InputMaybe<Scalars['String']['input']>;
  /** The name of the Kazakh side of the crossing. */
  kazakhSideName?: InputMaybe<Scalars['String']['input']>;
  /** Its key; made from the name when left out (`crossing/words-of-the-name`). */
  key?: InputMaybe<Scalars['String']['input']>;
  /** Rail, road, or both. */
  modes: Array<TransportMode>;
  /** The name the sources use most. */
  name: Scalars['String']['input'];
  /** A curator’s note: what is assumed or uncertain, and why. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The source the change rests on, and where in it. */
  provenance: ProvenanceInput;
  /** Whether it operates, has reopened, is planned or being built. */
  status: BorderCrossingStatus;
  /** When the status was reached or reported. */
  statusDate?: InputMaybe<PartialDateInput>;
};

/** A new City. */
export type CreateCityInput = {
  /** Other names or spellings the sources use. On update, the whole list. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Its key; made from the name when left out (`city/words-of-the-name`). */
  key?: InputMaybe<Scalars['String']['input']>;
  /** The name the sources use most. */
  name: Scalars['String']['input'];
  /** A curator’s note: what is assumed or uncertain, and why. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The source the change rests on, and where in it. */
  provenance: ProvenanceInput;
};

/** A new Commodity. */
export type CreateCommodityInput = {
  /** Other names or spellings the sources use. On update, the whole list. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** A broad class of goods. */
  category: CommodityCategory;
  /** Harmonized System 2022 codes that classify it: 2, 4 or 6 digits (1201 or 1201.90). */
  hsCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Its key; made from the name when left out (`commodity/words-of-the-name`). */
  key?: InputMaybe<Scalars['String']['input']>;
  /** The name the sources use most. */
  name: Scalars['String']['input'];
  /** A curator’s note: what is assumed or uncertain, and why. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The source the change rests on, and where in it. */
  provenance: ProvenanceInput;
};

/** A new Country. */
export type CreateCountryInput = {
  /** Other names or spellings the sources use. On update, the whole list. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The ISO 3166 two-letter code, such as KZ. */
  iso2: Scalars['String']['input'];
  /** Its key; made from the name when left out (`country/words-of-the-name`). */
  key?: InputMaybe<Scalars['String']['input']>;
  /** The name the sources use most. */
  name: Scalars['String']['input'];
  /** A curator’s note: what is assumed or uncertain, and why. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The source the change rests on, and where in it. */
  provenance: ProvenanceInput;
};

/** A new Event. */
export type CreateEventInput = {
  /** Other names or spellings the sources use. On update, the whole list. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** When it took place. */
  date: PartialDateInput;
  /** Its key; made from the name when left out (`event/words-of-the-name`). */
  key?: InputMaybe<Scalars['String']['input']>;
  /** What sort of event it was. */
  kind: EventKind;
  /** A curator’s note: what is assumed or uncertain, and why. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The source the change rests on, and where in it. */
  provenance: ProvenanceInput;
  /** The event’s title, or a short description of an unnamed one. */
  title: Scalars['String']['input'];
};

/** A new LogisticsHub. */
export type CreateLogisticsHubInput = {
  /** Other names or spellings the sources use. On update, the whole list. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Its key; made from the name when left out (`hub/words-of-the-name`). */
  key?: InputMaybe<Scalars['String']['input']>;
  /** What sort of hub it is. */
  kind: LogisticsHubKind;
  /** The name the sources use most. */
  name: Scalars['String']['input'];
  /** A curator’s note: what is assumed or uncertain, and why. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The source the change rests on, and where in it. */
  provenance: ProvenanceInput;
  /** Whether it operates, is planned, proposed or being built. */
  status: LogisticsHubStatus;
  /** When the status was reached or reported. */
  statusDate?: InputMaybe<PartialDateInput>;
};

/** A new Organization. */
export type CreateOrganizationInput = {
  /** Other names or spellings the sources use. On update, the whole list. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Its key; made from the name when left out (`organization/words-of-the-name`). */
  key?: InputMaybe<Scalars['String']['input']>;
  /** What sort of organisation it is. */
  kind: OrganizationKind;
  /** The name the sources use most. */
  name: Scalars['String']['input'];
  /** A curator’s note: what is assumed or uncertain, and why. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The source the change rests on, and where in it. */
  provenance: ProvenanceInput;
};

/** A new Person. */
export type CreatePersonInput = {
  /** Other names or spellings the sources use. On update, the whole list. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Its key; made from the name when left out (`person/words-of-the-name`). */
  key?: InputMaybe<Scalars['String']['input']>;
  /** The name the sources use most. */
  name: Scalars['String']['input'];
  /** A curator’s note: what is assumed or uncertain, and why. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The source the change rests on, and where in it. */
  provenance: ProvenanceInput;
};

/** A new Region. */
export type CreateRegionInput = {
  /** Other names or spellings the sources use. On update, the whole list. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Its key; made from the name when left out (`region/words-of-the-name`). */
  key?: InputMaybe<Scalars['String']['input']>;
  /** What sort of region it is. */
  kind: RegionKind;
  /** The name the sources use most. */
  name: Scalars['String']['input'];
  /** A curator’s note: what is assumed or uncertain, and why. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The source the change rests on, and where in it. */
  provenance: ProvenanceInput;
};

/** A new Route. */
export type CreateRouteInput = {
  /** Other names or spellings the sources use. On update, the whole list. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Its key; made from the name when left out (`route/words-of-the-name`). */
  key?: InputMaybe<Scalars['String']['input']>;
  /** A corridor or an initiative. */
  kind: RouteKind;
  /** The name the sources use most. */
  name: Scalars['String']['input'];
  /** A curator’s note: what is assumed or uncertain, and why. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The source the change rests on, and where in it. */
  provenance: ProvenanceInput;
};

/** A new Target. */
export type CreateTargetInput = {
  /** Other names or spellings the sources use. On update, the whole list. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** How the source qualifies the number; exact when left out. */
  bound?: InputMaybe<Bound>;
  /** When it is to be reached. */
  deadline?: InputMaybe<PartialDateInput>;
  /** What the target is, in the curator’s words. */
  description: Scalars['String']['input'];
  /** Its key; made from the name when left out (`target/words-of-the-name`). */
  key?: InputMaybe<Scalars['String']['input']>;
  /** What it measures, as words-with-dashes; a trade measure’s own name (turnover) where it is one. */
  measure: Scalars['String']['input'];
  /** A curator’s note: what is assumed or uncertain, and why. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The source the change rests on, and where in it. */
  provenance: ProvenanceInput;
  /** The unit of `value`. */
  unit: Unit;
  /** The number aimed at, in `unit`. */
  value: Scalars['Float']['input'];
};

/** A new TradeFigure. */
export type CreateTradeFigureInput = {
  /** Other names or spellings the sources use. On update, the whole list. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** How the source qualifies the number; exact when left out. */
  bound?: InputMaybe<Bound>;
  /** What the figure is, in the curator’s words. */
  description: Scalars['String']['input'];
  /** The change against the period before. */
  growth?: InputMaybe<GrowthInput>;
  /** Its key; made from the name when left out (`figure/words-of-the-name`). */
  key?: InputMaybe<Scalars['String']['input']>;
  /** What it measures. */
  measure: TradeMeasure;
  /** A curator’s note: what is assumed or uncertain, and why. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The period it covers. */
  period: PartialDateInput;
  /** The source the change rests on, and where in it. */
  provenance: ProvenanceInput;
  /** The unit of `value`. */
  unit: Unit;
  /** The number, in `unit`; left out when a source gives only the change. */
  value?: InputMaybe<Scalars['Float']['input']>;
};

/** One dataset file: a source, the entities it speaks of and the relationships it states (see data/README.md). */
export type DatasetFileInput = {
  /** The file’s YAML text. */
  content: Scalars['String']['input'];
  /** A name for the file, such as `005-new-article.yaml`: problems are reported under it. Nothing is read from disk. */
  name: Scalars['String']['input'];
};

/** How precise a source is about a date. */
export type DatePrecision =
  /** The day is known. */
  | 'DAY'
  /** The year and month are known. */
  | 'MONTH'
  /** Only the year is known. */
  | 'YEAR';

/** An entity to delete. */
export type DeleteEntityInput = {
  /** Also remove its relationships to other entities (the entities stay). Without it, an entity with any is not deleted. */
  cascade?: InputMaybe<Scalars['Boolean']['input']>;
  /** The entity. */
  entity: EntityReference;
  /** Delete it only if it is still at this revision; otherwise CONFLICT. */
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
};

/** A sort order for a list of entities. */
export type EntityOrder = {
  /** Ascending unless given. */
  direction?: InputMaybe<OrderDirection>;
  /** What to sort by. */
  field: EntityOrderField;
};

/** What to sort entities by. Ties are broken by name, then key, so the order is total and cursors stay stable. */
export type EntityOrderField =
  /** Earliest first: the date of an event or agreement, the period of a figure, the deadline of a target; undated ones first. */
  | 'DATE'
  /** Alphabetically by name, title or description, ignoring case. */
  | 'NAME';

/** Names one entity, by exactly one of its global id, its key, or a name (any spelling, any case). */
export type EntityReference =
  /** The global id, as `Node.id` gives it. */
  { id: Scalars['ID']['input']; key?: never; name?: never; }
  |  /** The readable key, such as `person/olzhas-bektenov`. */
  { id?: never; key: Scalars['String']['input']; name?: never; }
  |  /** A name, title or alias, matched whole and ignoring case, such as "Ma Xinzhui". */
  { id?: never; key?: never; name: Scalars['String']['input']; };

/** The kinds of entity in the graph. */
export type EntityType =
  /** A Agreement. */
  | 'AGREEMENT'
  /** A BorderCrossing. */
  | 'BORDER_CROSSING'
  /** A City. */
  | 'CITY'
  /** A Commodity. */
  | 'COMMODITY'
  /** A Country. */
  | 'COUNTRY'
  /** A Event. */
  | 'EVENT'
  /** A LogisticsHub. */
  | 'LOGISTICS_HUB'
  /** A Organization. */
  | 'ORGANIZATION'
  /** A Person. */
  | 'PERSON'
  /** A Region. */
  | 'REGION'
  /** A Route. */
  | 'ROUTE'
  /** A Target. */
  | 'TARGET'
  /** A TradeFigure. */
  | 'TRADE_FIGURE';

/** Narrows a timeline of events. */
export type EventFilter = {
  /** Events that had not ended before this day. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Events of any of these kinds. */
  kind?: InputMaybe<Array<EventKind>>;
  /** Part of the name, title or any alias, ignoring case. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Events this person, organisation or country attended. */
  participant?: InputMaybe<EntityReference>;
  /** Events held in this place or anywhere within it (Almaty is within Kazakhstan). */
  place?: InputMaybe<EntityReference>;
  /** Events that had begun by this day. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** What sort of event: a summit, a bilateral meeting, a forum, an expo, talks, ... */
export type EventKind =
  /** b2b negotiations */
  | 'B2B_NEGOTIATIONS'
  /** bilateral meeting */
  | 'BILATERAL_MEETING'
  /** ceremony */
  | 'CEREMONY'
  /** expo */
  | 'EXPO'
  /** forum */
  | 'FORUM'
  /** official visit */
  | 'OFFICIAL_VISIT'
  /** summit */
  | 'SUMMIT'
  /** talks */
  | 'TALKS';

/** How far an export between the countries has got. */
export type ExportStatus =
  /** offered */
  | 'OFFERED'
  /** permitted */
  | 'PERMITTED'
  /** planned */
  | 'PLANNED'
  /** ready to supply */
  | 'READY_TO_SUPPLY'
  /** traded */
  | 'TRADED';

/** A change against the period before, as a source gives it. */
export type GrowthInput = {
  /** How the source qualifies it; exact when left out. */
  bound?: InputMaybe<Bound>;
  /** Percent, fold, or an amount. */
  unit: GrowthUnit;
  /** The change; negative for a fall. */
  value: Scalars['Float']['input'];
};

/** The unit a change is given in. */
export type GrowthUnit =
  /** fold */
  | 'FOLD'
  /** percent */
  | 'PERCENT'
  /** tonnes */
  | 'TONNES'
  /** USD */
  | 'USD';

/** Dataset files to import together: at most 20 files and 2 MB of text in all. */
export type ImportDatasetInput = {
  /** True to validate and count what the import would change, writing nothing. */
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  /** The files, validated together and written in one transaction. */
  files: Array<DatasetFileInput>;
};

/** What sort of problem an input has. */
export type InputErrorCode =
  /** Something with this key is already in the graph. */
  | 'ALREADY_EXISTS'
  /** The entity changed since the revision the client read (`expectedRevision`). */
  | 'CONFLICT'
  /** Other entities are linked to it; deleting it needs `cascade`. */
  | 'HAS_DEPENDANTS'
  /** The value is malformed or out of range: a date that does not exist, an empty name, a bad id. */
  | 'INVALID'
  /** The graph’s rules do not allow it: a relationship between these types, a fact this relationship does not carry. */
  | 'NOT_ALLOWED'
  /** An entity or source the input names is not in the graph. */
  | 'NOT_FOUND'
  /** A value is needed and none was given (or null was given to remove it). */
  | 'REQUIRED';

/** A relationship to state, with the source that states it. */
export type LinkEntitiesInput = {
  /** HELD_POST: when the source attests the post was held. */
  asOf?: InputMaybe<PartialDateInput>;
  /** Where it starts: the attendee of ATTENDED, the signer of SIGNED. */
  from: EntityReference;
  /** A curator’s note on the relationship. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** EXPORTS (required): the importing country. */
  partner?: InputMaybe<EntityReference>;
  /** HELD_POST (required): the post, as the source names it. */
  post?: InputMaybe<Scalars['String']['input']>;
  /** The source that states it, and where. */
  provenance: ProvenanceInput;
  /** ATTENDED: the part played. CONCERNS: how (reporter, partner, subject, ...). */
  role?: InputMaybe<Scalars['String']['input']>;
  /** HELD_POST: when it was taken up. */
  since?: InputMaybe<PartialDateInput>;
  /** EXPORTS (required): how far the export has got. */
  status?: InputMaybe<ExportStatus>;
  /** Where it ends. */
  to: EntityReference;
  /** The kind of relationship. */
  type: RelationshipType;
  /** HELD_POST: when it was left. */
  until?: InputMaybe<PartialDateInput>;
};

/** Narrows a list of logistics hubs. */
export type LogisticsHubFilter = {
  /** Hubs of any of these kinds. */
  kind?: InputMaybe<Array<LogisticsHubKind>>;
  /** Part of the name, title or any alias, ignoring case. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Hubs in this region, city or country, or anywhere within it. */
  region?: InputMaybe<EntityReference>;
  /** Hubs with any of these statuses. */
  status?: InputMaybe<Array<LogisticsHubStatus>>;
};

/** What sort of hub: a dry port, a free economic zone, a terminal, a trade mission, ... */
export type LogisticsHubKind =
  /** bonded zone */
  | 'BONDED_ZONE'
  /** border cooperation centre */
  | 'BORDER_COOPERATION_CENTRE'
  /** container hub */
  | 'CONTAINER_HUB'
  /** dry port */
  | 'DRY_PORT'
  /** free economic zone */
  | 'FREE_ECONOMIC_ZONE'
  /** logistics centre */
  | 'LOGISTICS_CENTRE'
  /** logistics terminal */
  | 'LOGISTICS_TERMINAL'
  /** seaport */
  | 'SEAPORT'
  /** trade hub */
  | 'TRADE_HUB'
  /** trade mission */
  | 'TRADE_MISSION';

/** Whether a hub operates, has reopened, is planned, proposed or being built. */
export type LogisticsHubStatus =
  /** operating */
  | 'OPERATING'
  /** planned */
  | 'PLANNED'
  /** proposed */
  | 'PROPOSED'
  /** reopened */
  | 'REOPENED'
  /** under construction */
  | 'UNDER_CONSTRUCTION';

/** A sum of money, as a source gives it. */
export type MoneyInput = {
  /** The amount in units of the currency: $31.5 billion is 31500000000. */
  amount: Scalars['Float']['input'];
  /** How the source qualifies it; exact when left out. */
  bound?: InputMaybe<Bound>;
  /** The ISO 4217 code, such as USD. */
  currency: Scalars['String']['input'];
};

/** A source the graph does not cite yet. */
export type NewSourceInput = {
  /** Its key, `source/words-with-dashes`. */
  key: Scalars['String']['input'];
  /** An article (cited by paragraph number) or a reference work (cited by section name). */
  kind: SourceKind;
  /** A note on the source. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** How many paragraphs an article has (non-empty lines, a headline counting as 1); required for an article. */
  paragraphs?: InputMaybe<Scalars['Int']['input']>;
  /** When it was published. */
  published?: InputMaybe<PartialDateInput>;
  /** Who published it. */
  publisher: Scalars['String']['input'];
  /** The headline or title. */
  title: Scalars['String']['input'];
  /** Where it can be read; required for an article. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** Ascending or descending. */
export type OrderDirection =
  /** Smallest, earliest or first in the alphabet first. */
  | 'ASC'
  /** Largest, latest or last in the alphabet first. */
  | 'DESC';

/** Narrows a list of organisations. */
export type OrganizationFilter = {
  /** Organisations based in this country (or in a place within it). */
  country?: InputMaybe<EntityReference>;
  /** Organisations of any of these kinds. */
  kind?: InputMaybe<Array<OrganizationKind>>;
  /** Part of the name, title or any alias, ignoring case. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** What sort of organisation it is. */
export type OrganizationKind =
  /** association */
  | 'ASSOCIATION'
  /** company */
  | 'COMPANY'
  /** customs authority */
  | 'CUSTOMS_AUTHORITY'
  /** embassy */
  | 'EMBASSY'
  /** government */
  | 'GOVERNMENT'
  /** international organization */
  | 'INTERNATIONAL_ORGANIZATION'
  /** ministry */
  | 'MINISTRY'
  /** news agency */
  | 'NEWS_AGENCY'
  /** other */
  | 'OTHER'
  /** party body */
  | 'PARTY_BODY'
  /** regional government */
  | 'REGIONAL_GOVERNMENT';

/** A date as precise as the source gives it: `2023`, `2023-05` or `2023-05-18`, or a range of them. */
export type PartialDateInput = {
  /** How an inferred date was worked out. */
  basis?: InputMaybe<Scalars['String']['input']>;
  /** The date, or the start of the range: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: Scalars['String']['input'];
  /** The end of a range, as precise as `date`. */
  end?: InputMaybe<Scalars['String']['input']>;
  /** True when no source states the date and it was worked out; then give the `basis`. */
  inferred?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Narrows a list of people. */
export type PersonFilter = {
  /** Nationals of this country. */
  country?: InputMaybe<EntityReference>;
  /** Part of the name, title or any alias, ignoring case. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Where a change is stated: the source, and at least one paragraph, section or quote in it. */
export type ProvenanceInput = {
  /** Paragraphs of an article that state it, counting from 1. */
  paragraphs?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** The words that state it, up to 500 characters, where a paragraph number is not enough. */
  quote?: InputMaybe<Scalars['String']['input']>;
  /** Sections of a reference work that state it. */
  sections?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The source. */
  source: SourceChoice;
};

/** Narrows a list of regions. */
export type RegionFilter = {
  /** Regions in this country. */
  country?: InputMaybe<EntityReference>;
  /** Regions of any of these kinds. */
  kind?: InputMaybe<Array<RegionKind>>;
  /** Part of the name, title or any alias, ignoring case. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** What sort of region: an oblast, an autonomous region, a macro-region such as Central Asia, or a border zone. */
export type RegionKind =
  /** autonomous region */
  | 'AUTONOMOUS_REGION'
  /** border zone */
  | 'BORDER_ZONE'
  /** macro region */
  | 'MACRO_REGION'
  /** oblast */
  | 'OBLAST';

/** The kinds of relationship between entities. */
export type RelationshipType =
  /** From Person, Organization, Country to Event. */
  | 'ATTENDED'
  /** From Organization to Country, Region, City. */
  | 'BASED_IN'
  /** From Event, TradeFigure, Target, Agreement to Country, Region, City, Commodity, BorderCrossing, LogisticsHub, Route, Organization, Agreement, Event. */
  | 'CONCERNS'
  /** From Agreement to Commodity. */
  | 'COVERS'
  /** From Country to Commodity. */
  | 'EXPORTS'
  /** From Event to City, Region, Country. */
  | 'HELD_IN'
  /** From Person to Organization, Country, Region. */
  | 'HELD_POST'
  /** From City, Region, BorderCrossing, LogisticsHub to City, Region, Country. */
  | 'LOCATED_IN'
  /** From Person to Country. */
  | 'NATIONAL_OF'
  /** From Country to Route. */
  | 'PARTICIPATES_IN'
  /** From Organization, Country to Agreement. */
  | 'PARTY_TO'
  /** From Organization, Event to Organization, Event. */
  | 'PART_OF'
  /** From BorderCrossing, LogisticsHub to Route. */
  | 'SERVES'
  /** From Person, Country, Organization to Target. */
  | 'SET'
  /** From Person to Agreement. */
  | 'SIGNED'
  /** From Agreement to Event. */
  | 'SIGNED_AT'
  /** From Person, Organization to TradeFigure, Target. */
  | 'STATED'
  /** From TradeFigure, Target to Event. */
  | 'STATED_AT';

/** Narrows a list of routes. */
export type RouteFilter = {
  /** Routes of any of these kinds. */
  kind?: InputMaybe<Array<RouteKind>>;
  /** Part of the name, title or any alias, ignoring case. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** A transport corridor, or an initiative such as the Belt and Road. */
export type RouteKind =
  /** corridor */
  | 'CORRIDOR'
  /** initiative */
  | 'INITIATIVE';

/** The source a change rests on: one the graph already cites (by key or id), or a new one. */
export type SourceChoice =
  /** An existing source’s global id. */
  { id: Scalars['ID']['input']; key?: never; new?: never; }
  |  /** An existing source’s key, such as `source/astana-times-2023-05-19-summit-trade`. */
  { id?: never; key: Scalars['String']['input']; new?: never; }
  |  /** A source to add with this change. */
  { id?: never; key?: never; new: NewSourceInput; };

/** Narrows a list of sources. */
export type SourceFilter = {
  /** Published on or after this day (as far as the publication date is known). */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Sources of any of these kinds. */
  kind?: InputMaybe<Array<SourceKind>>;
  /** Part of the title, ignoring case. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Published on or before this day. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** What sort of source it is. */
export type SourceKind =
  /** A news article: the facts of the graph come from these. */
  | 'ARTICLE'
  /** A public document consulted for what the articles leave implicit. */
  | 'REFERENCE';

/** Narrows a list of targets. */
export type TargetFilter = {
  /** Targets that concern this country. */
  country?: InputMaybe<EntityReference>;
  /** Part of the description or an alias, ignoring case. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Narrows a list of trade figures. */
export type TradeFigureFilter = {
  /** Figures that concern this country. */
  country?: InputMaybe<EntityReference>;
  /** Figures whose period had not ended before this day. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Figures of any of these measures. */
  measure?: InputMaybe<Array<TradeMeasure>>;
  /** Figures whose period had begun by this day. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** What a trade figure measures. */
export type TradeMeasure =
  /** agricultural trade */
  | 'AGRICULTURAL_TRADE'
  /** container traffic */
  | 'CONTAINER_TRAFFIC'
  /** contracts */
  | 'CONTRACTS'
  /** exports */
  | 'EXPORTS'
  /** export offer */
  | 'EXPORT_OFFER'
  /** imports */
  | 'IMPORTS'
  /** investment */
  | 'INVESTMENT'
  /** joint projects */
  | 'JOINT_PROJECTS'
  /** joint ventures */
  | 'JOINT_VENTURES'
  /** road cargo */
  | 'ROAD_CARGO'
  /** share of turnover */
  | 'SHARE_OF_TURNOVER'
  /** transit volume */
  | 'TRANSIT_VOLUME'
  /** turnover */
  | 'TURNOVER';

/** Rail or road. */
export type TransportMode =
  /** rail */
  | 'RAIL'
  /** road */
  | 'ROAD';

/** The unit a figure or target is given in. */
export type Unit =
  /** count */
  | 'COUNT'
  /** fold */
  | 'FOLD'
  /** percent */
  | 'PERCENT'
  /** tonnes */
  | 'TONNES'
  /** USD */
  | 'USD';

/** Relationships to remove, or a source’s word for them to withdraw. */
export type UnlinkEntitiesInput = {
  /** HELD_POST: only the attestation of this date, as written (`2024`, `2024-03-13`). */
  asOf?: InputMaybe<Scalars['String']['input']>;
  /** Where it starts. */
  from: EntityReference;
  /** HELD_POST: only the holding of this post. */
  post?: InputMaybe<Scalars['String']['input']>;
  /** Withdraw only this source’s citations (by key); the relationship goes when no source is left. */
  source?: InputMaybe<Scalars['String']['input']>;
  /** Where it ends. */
  to: EntityReference;
  /** The kind of relationship. */
  type: RelationshipType;
};

/** A change to a Agreement: fields left out stay as they are; null removes an optional one. */
export type UpdateAgreementInput = {
  /** Other names or spellings the sources use. On update, the whole list. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** When it was signed. */
  date?: InputMaybe<PartialDateInput>;
  /** How many documents a package holds. */
  documentCount?: InputMaybe<Scalars['Int']['input']>;
  /** The entity to change. */
  entity: EntityReference;
  /** Change it only if it is still at this revision (as read from `revision`); otherwise CONFLICT. */
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  /** What sort of agreement it is. */
  kind?: InputMaybe<AgreementKind>;
  /** A curator’s note: what is assumed or uncertain, and why. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The source the change rests on, and where in it. */
  provenance: ProvenanceInput;
  /** The sectors it covers, as the sources name them. */
  sectors?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The agreement’s title, or a description of the package. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** What it is worth, where a source says. */
  value?: InputMaybe<MoneyInput>;
};

/** A change to a BorderCrossing: fields left out stay as they are; null removes an optional one. */
export type UpdateBorderCrossingInput = {
  /** Other names or spellings the sources use. On update, the whole list. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The name of the Chinese side of the crossing. */
  chineseSideName?: InputMaybe<Scalars['String']['input']>;
  /** The entity to change. */
  entity: EntityReference;
  /** Change it only if it is still at this revision (as read from `revision`); otherwise CONFLICT. */
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  /** The name of the Kazakh side of the crossing. */
  kazakhSideName?: InputMaybe<Scalars['String']['input']>;
  /** Rail, road, or both. */
  modes?: InputMaybe<Array<TransportMode>>;
  /** The name the sources use most. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** A curator’s note: what is assumed or uncertain, and why. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The source the change rests on, and where in it. */
  provenance: ProvenanceInput;
  /** Whether it operates, has reopened, is planned or being built. */
  status?: InputMaybe<BorderCrossingStatus>;
  /** When the status was reached or reported. */
  statusDate?: InputMaybe<PartialDateInput>;
};

/** A change to a City: fields left out stay as they are; null removes an optional one. */
export type UpdateCityInput = {
  /** Other names or spellings the sources use. On update, the whole list. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The entity to change. */
  entity: EntityReference;
  /** Change it only if it is still at this revision (as read from `revision`); otherwise CONFLICT. */
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  /** The name the sources use most. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** A curator’s note: what is assumed or uncertain, and why. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The source the change rests on, and where in it. */
  provenance: ProvenanceInput;
};

/** A change to a Commodity: fields left out stay as they are; null removes an optional one. */
export type UpdateCommodityInput = {
  /** Other names or spellings the sources use. On update, the whole list. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** A broad class of goods. */
  category?: InputMaybe<CommodityCategory>;
  /** The entity to change. */
  entity: EntityReference;
  /** Change it only if it is still at this revision (as read from `revision`); otherwise CONFLICT. */
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  /** Harmonized System 2022 codes that classify it: 2, 4 or 6 digits (1201 or 1201.90). */
  hsCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The name the sources use most. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** A curator’s note: what is assumed or uncertain, and why. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The source the change rests on, and where in it. */
  provenance: ProvenanceInput;
};

/** A change to a Country: fields left out stay as they are; null removes an optional one. */
export type UpdateCountryInput = {
  /** Other names or spellings the sources use. On update, the whole list. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The entity to change. */
  entity: EntityReference;
  /** Change it only if it is still at this revision (as read from `revision`); otherwise CONFLICT. */
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  /** The ISO 3166 two-letter code, such as KZ. */
  iso2?: InputMaybe<Scalars['String']['input']>;
  /** The name the sources use most. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** A curator’s note: what is assumed or uncertain, and why. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The source the change rests on, and where in it. */
  provenance: ProvenanceInput;
};

/** A change to a Event: fields left out stay as they are; null removes an optional one. */
export type UpdateEventInput = {
  /** Other names or spellings the sources use. On update, the whole list. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** When it took place. */
  date?: InputMaybe<PartialDateInput>;
  /** The entity to change. */
  entity: EntityReference;
  /** Change it only if it is still at this revision (as read from `revision`); otherwise CONFLICT. */
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  /** What sort of event it was. */
  kind?: InputMaybe<EventKind>;
  /** A curator’s note: what is assumed or uncertain, and why. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The source the change rests on, and where in it. */
  provenance: ProvenanceInput;
  /** The event’s title, or a short description of an unnamed one. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** A change to a LogisticsHub: fields left out stay as they are; null removes an optional one. */
export type UpdateLogisticsHubInput = {
  /** Other names or spellings the sources use. On update, the whole list. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The entity to change. */
  entity: EntityReference;
  /** Change it only if it is still at this revision (as read from `revision`); otherwise CONFLICT. */
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  /** What sort of hub it is. */
  kind?: InputMaybe<LogisticsHubKind>;
  /** The name the sources use most. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** A curator’s note: what is assumed or uncertain, and why. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The source the change rests on, and where in it. */
  provenance: ProvenanceInput;
  /** Whether it operates, is planned, proposed or being built. */
  status?: InputMaybe<LogisticsHubStatus>;
  /** When the status was reached or reported. */
  statusDate?: InputMaybe<PartialDateInput>;
};

/** A change to a Organization: fields left out stay as they are; null removes an optional one. */
export type UpdateOrganizationInput = {
  /** Other names or spellings the sources use. On update, the whole list. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The entity to change. */
  entity: EntityReference;
  /** Change it only if it is still at this revision (as read from `revision`); otherwise CONFLICT. */
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  /** What sort of organisation it is. */
  kind?: InputMaybe<OrganizationKind>;
  /** The name the sources use most. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** A curator’s note: what is assumed or uncertain, and why. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The source the change rests on, and where in it. */
  provenance: ProvenanceInput;
};

/** A change to a Person: fields left out stay as they are; null removes an optional one. */
export type UpdatePersonInput = {
  /** Other names or spellings the sources use. On update, the whole list. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The entity to change. */
  entity: EntityReference;
  /** Change it only if it is still at this revision (as read from `revision`); otherwise CONFLICT. */
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  /** The name the sources use most. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** A curator’s note: what is assumed or uncertain, and why. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The source the change rests on, and where in it. */
  provenance: ProvenanceInput;
};

/** A change to a Region: fields left out stay as they are; null removes an optional one. */
export type UpdateRegionInput = {
  /** Other names or spellings the sources use. On update, the whole list. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The entity to change. */
  entity: EntityReference;
  /** Change it only if it is still at this revision (as read from `revision`); otherwise CONFLICT. */
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  /** What sort of region it is. */
  kind?: InputMaybe<RegionKind>;
  /** The name the sources use most. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** A curator’s note: what is assumed or uncertain, and why. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The source the change rests on, and where in it. */
  provenance: ProvenanceInput;
};

/** A change to a Route: fields left out stay as they are; null removes an optional one. */
export type UpdateRouteInput = {
  /** Other names or spellings the sources use. On update, the whole list. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The entity to change. */
  entity: EntityReference;
  /** Change it only if it is still at this revision (as read from `revision`); otherwise CONFLICT. */
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  /** A corridor or an initiative. */
  kind?: InputMaybe<RouteKind>;
  /** The name the sources use most. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** A curator’s note: what is assumed or uncertain, and why. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The source the change rests on, and where in it. */
  provenance: ProvenanceInput;
};

/** A change to a Target: fields left out stay as they are; null removes an optional one. */
export type UpdateTargetInput = {
  /** Other names or spellings the sources use. On update, the whole list. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** How the source qualifies the number; exact when left out. */
  bound?: InputMaybe<Bound>;
  /** When it is to be reached. */
  deadline?: InputMaybe<PartialDateInput>;
  /** What the target is, in the curator’s words. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The entity to change. */
  entity: EntityReference;
  /** Change it only if it is still at this revision (as read from `revision`); otherwise CONFLICT. */
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  /** What it measures, as words-with-dashes; a trade measure’s own name (turnover) where it is one. */
  measure?: InputMaybe<Scalars['String']['input']>;
  /** A curator’s note: what is assumed or uncertain, and why. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The source the change rests on, and where in it. */
  provenance: ProvenanceInput;
  /** The unit of `value`. */
  unit?: InputMaybe<Unit>;
  /** The number aimed at, in `unit`. */
  value?: InputMaybe<Scalars['Float']['input']>;
};

/** A change to a TradeFigure: fields left out stay as they are; null removes an optional one. */
export type UpdateTradeFigureInput = {
  /** Other names or spellings the sources use. On update, the whole list. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** How the source qualifies the number; exact when left out. */
  bound?: InputMaybe<Bound>;
  /** What the figure is, in the curator’s words. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The entity to change. */
  entity: EntityReference;
  /** Change it only if it is still at this revision (as read from `revision`); otherwise CONFLICT. */
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  /** The change against the period before. */
  growth?: InputMaybe<GrowthInput>;
  /** What it measures. */
  measure?: InputMaybe<TradeMeasure>;
  /** A curator’s note: what is assumed or uncertain, and why. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The period it covers. */
  period?: InputMaybe<PartialDateInput>;
  /** The source the change rests on, and where in it. */
  provenance: ProvenanceInput;
  /** The unit of `value`. */
  unit?: InputMaybe<Unit>;
  /** The number, in `unit`; left out when a source gives only the change. */
  value?: InputMaybe<Scalars['Float']['input']>;
};

export type SearchEntitiesQueryVariables = Exact<{
  text: string;
  first?: number | null | undefined;
}>;


export type SearchEntitiesQuery = { __typename: 'Query', search: { __typename: 'SearchConnection', totalCount: number, edges: Array<{ __typename: 'SearchHit', node:
        | { __typename: 'Agreement', id: string, key: string, name: string }
        | { __typename: 'BorderCrossing', id: string, key: string, name: string }
        | { __typename: 'City', id: string, key: string, name: string }
        | { __typename: 'Commodity', id: string, key: string, name: string }
        | { __typename: 'Country', id: string, key: string, name: string }
        | { __typename: 'Event', id: string, key: string, name: string }
        | { __typename: 'LogisticsHub', id: string, key: string, name: string }
        | { __typename: 'Organization', id: string, key: string, name: string }
        | { __typename: 'Person', id: string, key: string, name: string }
        | { __typename: 'Region', id: string, key: string, name: string }
        | { __typename: 'Route', id: string, key: string, name: string }
        | { __typename: 'Source' }
        | { __typename: 'Target', id: string, key: string, name: string }
        | { __typename: 'TradeFigure', id: string, key: string, name: string }
       }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const SearchEntitiesDocument = new TypedDocumentString(`
    query SearchEntities($text: String!, $first: Int = 8) {
  search(text: $text, first: $first) {
    totalCount
    edges {
      node {
        __typename
        ... on Entity {
          id
          key
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SearchEntitiesQuery, SearchEntitiesQueryVariables>;
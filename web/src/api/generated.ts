/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

/** How precise a source is about a date. */
export type DatePrecision =
  /** The day is known. */
  | 'DAY'
  /** The year and month are known. */
  | 'MONTH'
  /** Only the year is known. */
  | 'YEAR';

/** Names one entity, by exactly one of its global id, its key, or a name (any spelling, any case). */
export type EntityReference =
  {   /** The global id, as `Node.id` gives it. */
  id: string | number; key?: never; name?: never; }
  |  { id?: never;   /** The readable key, such as `person/olzhas-bektenov`. */
  key: string; name?: never; }
  |  { id?: never; key?: never;   /** A name, title or alias, matched whole and ignoring case, such as "Ma Xinzhui". */
  name: string; };

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

/** Which way a relationship points, seen from one of its ends. */
export type RelationshipDirection =
  /** From the other entity to this one (an event was ATTENDED by a person). */
  | 'INCOMING'
  /** From this entity to the other (a person ATTENDED an event). */
  | 'OUTGOING';

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

/** A transport corridor, or an initiative such as the Belt and Road. */
export type RouteKind =
  /** corridor */
  | 'CORRIDOR'
  /** initiative */
  | 'INITIATIVE';

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

type CanvasEntity_Agreement_Fragment = { __typename: 'Agreement', id: string, key: string, name: string, degree: number, agreementDate: { __typename: 'PartialDate', start: string, end: string } | null };

type CanvasEntity_BorderCrossing_Fragment = { __typename: 'BorderCrossing', id: string, key: string, name: string, degree: number };

type CanvasEntity_City_Fragment = { __typename: 'City', id: string, key: string, name: string, degree: number };

type CanvasEntity_Commodity_Fragment = { __typename: 'Commodity', id: string, key: string, name: string, degree: number };

type CanvasEntity_Country_Fragment = { __typename: 'Country', id: string, key: string, name: string, degree: number };

type CanvasEntity_Event_Fragment = { __typename: 'Event', id: string, key: string, name: string, degree: number, eventDate: { __typename: 'PartialDate', start: string, end: string } };

type CanvasEntity_LogisticsHub_Fragment = { __typename: 'LogisticsHub', id: string, key: string, name: string, degree: number };

type CanvasEntity_Organization_Fragment = { __typename: 'Organization', id: string, key: string, name: string, degree: number };

type CanvasEntity_Person_Fragment = { __typename: 'Person', id: string, key: string, name: string, degree: number };

type CanvasEntity_Region_Fragment = { __typename: 'Region', id: string, key: string, name: string, degree: number };

type CanvasEntity_Route_Fragment = { __typename: 'Route', id: string, key: string, name: string, degree: number };

type CanvasEntity_Target_Fragment = { __typename: 'Target', id: string, key: string, name: string, degree: number, deadline: { __typename: 'PartialDate', start: string, end: string } | null };

type CanvasEntity_TradeFigure_Fragment = { __typename: 'TradeFigure', id: string, key: string, name: string, degree: number, period: { __typename: 'PartialDate', start: string, end: string } };

export type CanvasEntityFragment =
  | CanvasEntity_Agreement_Fragment
  | CanvasEntity_BorderCrossing_Fragment
  | CanvasEntity_City_Fragment
  | CanvasEntity_Commodity_Fragment
  | CanvasEntity_Country_Fragment
  | CanvasEntity_Event_Fragment
  | CanvasEntity_LogisticsHub_Fragment
  | CanvasEntity_Organization_Fragment
  | CanvasEntity_Person_Fragment
  | CanvasEntity_Region_Fragment
  | CanvasEntity_Route_Fragment
  | CanvasEntity_Target_Fragment
  | CanvasEntity_TradeFigure_Fragment
;

export type CanvasRelationshipFragment = { __typename: 'Relationship', id: string, type: RelationshipType, role: string | null, post: string | null, status: ExportStatus | null, note: string | null, from:
    | { __typename: 'Agreement', id: string }
    | { __typename: 'BorderCrossing', id: string }
    | { __typename: 'City', id: string }
    | { __typename: 'Commodity', id: string }
    | { __typename: 'Country', id: string }
    | { __typename: 'Event', id: string }
    | { __typename: 'LogisticsHub', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Region', id: string }
    | { __typename: 'Route', id: string }
    | { __typename: 'Target', id: string }
    | { __typename: 'TradeFigure', id: string }
  , to:
    | { __typename: 'Agreement', id: string }
    | { __typename: 'BorderCrossing', id: string }
    | { __typename: 'City', id: string }
    | { __typename: 'Commodity', id: string }
    | { __typename: 'Country', id: string }
    | { __typename: 'Event', id: string }
    | { __typename: 'LogisticsHub', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Region', id: string }
    | { __typename: 'Route', id: string }
    | { __typename: 'Target', id: string }
    | { __typename: 'TradeFigure', id: string }
  , partner:
    | { __typename: 'Agreement', id: string, name: string }
    | { __typename: 'BorderCrossing', id: string, name: string }
    | { __typename: 'City', id: string, name: string }
    | { __typename: 'Commodity', id: string, name: string }
    | { __typename: 'Country', id: string, name: string }
    | { __typename: 'Event', id: string, name: string }
    | { __typename: 'LogisticsHub', id: string, name: string }
    | { __typename: 'Organization', id: string, name: string }
    | { __typename: 'Person', id: string, name: string }
    | { __typename: 'Region', id: string, name: string }
    | { __typename: 'Route', id: string, name: string }
    | { __typename: 'Target', id: string, name: string }
    | { __typename: 'TradeFigure', id: string, name: string }
   | null, since: { __typename: 'PartialDate', text: string } | null, until: { __typename: 'PartialDate', text: string } | null, asOf: { __typename: 'PartialDate', text: string } | null };

export type CounterpartsOfPersonQueryVariables = Exact<{
  person: string | number;
  types?: Array<EntityType> | EntityType | null | undefined;
  first?: number | null | undefined;
}>;


export type CounterpartsOfPersonQuery = { __typename: 'Query', counterparts: { __typename: 'CounterpartConnection', totalCount: number, edges: Array<{ __typename: 'Counterpart', sharedEventCount: number, node:
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
        | { __typename: 'Target', id: string, key: string, name: string }
        | { __typename: 'TradeFigure', id: string, key: string, name: string }
      , sharedEvents: Array<{ __typename: 'Event', id: string, name: string, date: { __typename: 'PartialDate', text: string } }> }> } | null };

export type PeopleToChooseFromQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type PeopleToChooseFromQuery = { __typename: 'Query', people: { __typename: 'PersonConnection', totalCount: number, nodes: Array<{ __typename: 'Person', id: string, name: string }> } };

export type EntityDetailsQueryVariables = Exact<{
  id: string | number;
  linkLimit?: number | null | undefined;
}>;


export type EntityDetailsQuery = { __typename: 'Query', node:
    | { __typename: 'Agreement', key: string, name: string, aliases: Array<string>, note: string | null, title: string, documentCount: number | null, sectors: Array<string>, id: string, agreementKind: AgreementKind, citations: Array<{ __typename: 'Citation', paragraphs: Array<number>, sections: Array<string>, quotes: Array<string>, source: { __typename: 'Source', id: string, title: string, publisher: string, url: string | null, published: { __typename: 'PartialDate', text: string, precision: DatePrecision, start: string, end: string, inferred: boolean, basis: string | null } | null } }>, agreementDate: { __typename: 'PartialDate', text: string, precision: DatePrecision, start: string, end: string, inferred: boolean, basis: string | null } | null, money: { __typename: 'Money', amount: number, currency: string, bound: Bound } | null }
    | { __typename: 'BorderCrossing', key: string, name: string, aliases: Array<string>, note: string | null, modes: Array<TransportMode>, kazakhSideName: string | null, chineseSideName: string | null, id: string, crossingStatus: BorderCrossingStatus, citations: Array<{ __typename: 'Citation', paragraphs: Array<number>, sections: Array<string>, quotes: Array<string>, source: { __typename: 'Source', id: string, title: string, publisher: string, url: string | null, published: { __typename: 'PartialDate', text: string, precision: DatePrecision, start: string, end: string, inferred: boolean, basis: string | null } | null } }>, statusDate: { __typename: 'PartialDate', text: string, precision: DatePrecision, start: string, end: string, inferred: boolean, basis: string | null } | null }
    | { __typename: 'City', key: string, name: string, aliases: Array<string>, note: string | null, id: string, citations: Array<{ __typename: 'Citation', paragraphs: Array<number>, sections: Array<string>, quotes: Array<string>, source: { __typename: 'Source', id: string, title: string, publisher: string, url: string | null, published: { __typename: 'PartialDate', text: string, precision: DatePrecision, start: string, end: string, inferred: boolean, basis: string | null } | null } }> }
    | { __typename: 'Commodity', key: string, name: string, aliases: Array<string>, note: string | null, category: CommodityCategory, hsCodes: Array<string>, id: string, citations: Array<{ __typename: 'Citation', paragraphs: Array<number>, sections: Array<string>, quotes: Array<string>, source: { __typename: 'Source', id: string, title: string, publisher: string, url: string | null, published: { __typename: 'PartialDate', text: string, precision: DatePrecision, start: string, end: string, inferred: boolean, basis: string | null } | null } }> }
    | { __typename: 'Country', key: string, name: string, aliases: Array<string>, note: string | null, iso2: string, id: string, citations: Array<{ __typename: 'Citation', paragraphs: Array<number>, sections: Array<string>, quotes: Array<string>, source: { __typename: 'Source', id: string, title: string, publisher: string, url: string | null, published: { __typename: 'PartialDate', text: string, precision: DatePrecision, start: string, end: string, inferred: boolean, basis: string | null } | null } }> }
    | { __typename: 'Event', key: string, name: string, aliases: Array<string>, note: string | null, title: string, id: string, eventKind: EventKind, citations: Array<{ __typename: 'Citation', paragraphs: Array<number>, sections: Array<string>, quotes: Array<string>, source: { __typename: 'Source', id: string, title: string, publisher: string, url: string | null, published: { __typename: 'PartialDate', text: string, precision: DatePrecision, start: string, end: string, inferred: boolean, basis: string | null } | null } }>, eventDate: { __typename: 'PartialDate', text: string, precision: DatePrecision, start: string, end: string, inferred: boolean, basis: string | null } }
    | { __typename: 'LogisticsHub', key: string, name: string, aliases: Array<string>, note: string | null, id: string, hubKind: LogisticsHubKind, hubStatus: LogisticsHubStatus, citations: Array<{ __typename: 'Citation', paragraphs: Array<number>, sections: Array<string>, quotes: Array<string>, source: { __typename: 'Source', id: string, title: string, publisher: string, url: string | null, published: { __typename: 'PartialDate', text: string, precision: DatePrecision, start: string, end: string, inferred: boolean, basis: string | null } | null } }>, statusDate: { __typename: 'PartialDate', text: string, precision: DatePrecision, start: string, end: string, inferred: boolean, basis: string | null } | null }
    | { __typename: 'Organization', key: string, name: string, aliases: Array<string>, note: string | null, id: string, orgKind: OrganizationKind, citations: Array<{ __typename: 'Citation', paragraphs: Array<number>, sections: Array<string>, quotes: Array<string>, source: { __typename: 'Source', id: string, title: string, publisher: string, url: string | null, published: { __typename: 'PartialDate', text: string, precision: DatePrecision, start: string, end: string, inferred: boolean, basis: string | null } | null } }> }
    | { __typename: 'Person', key: string, name: string, aliases: Array<string>, note: string | null, id: string, citations: Array<{ __typename: 'Citation', paragraphs: Array<number>, sections: Array<string>, quotes: Array<string>, source: { __typename: 'Source', id: string, title: string, publisher: string, url: string | null, published: { __typename: 'PartialDate', text: string, precision: DatePrecision, start: string, end: string, inferred: boolean, basis: string | null } | null } }>, posts: { __typename: 'PersonPostsConnection', edges: Array<{ __typename: 'PersonPostsConnectionEdge', post: string | null, since: { __typename: 'PartialDate', text: string, precision: DatePrecision, start: string, end: string, inferred: boolean, basis: string | null } | null, until: { __typename: 'PartialDate', text: string, precision: DatePrecision, start: string, end: string, inferred: boolean, basis: string | null } | null, asOf: { __typename: 'PartialDate', text: string, precision: DatePrecision, start: string, end: string, inferred: boolean, basis: string | null } | null, node:
            | { __typename: 'Agreement', id: string, name: string }
            | { __typename: 'BorderCrossing', id: string, name: string }
            | { __typename: 'City', id: string, name: string }
            | { __typename: 'Commodity', id: string, name: string }
            | { __typename: 'Country', id: string, name: string }
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'LogisticsHub', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Region', id: string, name: string }
            | { __typename: 'Route', id: string, name: string }
            | { __typename: 'Target', id: string, name: string }
            | { __typename: 'TradeFigure', id: string, name: string }
           }> } }
    | { __typename: 'Region', key: string, name: string, aliases: Array<string>, note: string | null, id: string, regionKind: RegionKind, citations: Array<{ __typename: 'Citation', paragraphs: Array<number>, sections: Array<string>, quotes: Array<string>, source: { __typename: 'Source', id: string, title: string, publisher: string, url: string | null, published: { __typename: 'PartialDate', text: string, precision: DatePrecision, start: string, end: string, inferred: boolean, basis: string | null } | null } }> }
    | { __typename: 'Route', key: string, name: string, aliases: Array<string>, note: string | null, id: string, routeKind: RouteKind, citations: Array<{ __typename: 'Citation', paragraphs: Array<number>, sections: Array<string>, quotes: Array<string>, source: { __typename: 'Source', id: string, title: string, publisher: string, url: string | null, published: { __typename: 'PartialDate', text: string, precision: DatePrecision, start: string, end: string, inferred: boolean, basis: string | null } | null } }> }
    | { __typename: 'Source', id: string }
    | { __typename: 'Target', key: string, name: string, aliases: Array<string>, note: string | null, description: string, bound: Bound, unit: Unit, id: string, targetMeasure: string, targetValue: number, citations: Array<{ __typename: 'Citation', paragraphs: Array<number>, sections: Array<string>, quotes: Array<string>, source: { __typename: 'Source', id: string, title: string, publisher: string, url: string | null, published: { __typename: 'PartialDate', text: string, precision: DatePrecision, start: string, end: string, inferred: boolean, basis: string | null } | null } }>, deadline: { __typename: 'PartialDate', text: string, precision: DatePrecision, start: string, end: string, inferred: boolean, basis: string | null } | null }
    | { __typename: 'TradeFigure', key: string, name: string, aliases: Array<string>, note: string | null, id: string, description: string, measure: TradeMeasure, value: number | null, bound: Bound, unit: Unit, citations: Array<{ __typename: 'Citation', paragraphs: Array<number>, sections: Array<string>, quotes: Array<string>, source: { __typename: 'Source', id: string, title: string, publisher: string, url: string | null, published: { __typename: 'PartialDate', text: string, precision: DatePrecision, start: string, end: string, inferred: boolean, basis: string | null } | null } }>, otherSourcesFigures: Array<{ __typename: 'TradeFigure', id: string, description: string, measure: TradeMeasure, value: number | null, bound: Bound, unit: Unit, period: { __typename: 'PartialDate', text: string, precision: DatePrecision, start: string, end: string, inferred: boolean, basis: string | null }, growth: { __typename: 'Growth', value: number, unit: GrowthUnit, bound: Bound } | null, citations: Array<{ __typename: 'Citation', paragraphs: Array<number>, sections: Array<string>, quotes: Array<string>, source: { __typename: 'Source', id: string, title: string, publisher: string, url: string | null, published: { __typename: 'PartialDate', text: string, precision: DatePrecision, start: string, end: string, inferred: boolean, basis: string | null } | null } }> }>, period: { __typename: 'PartialDate', text: string, precision: DatePrecision, start: string, end: string, inferred: boolean, basis: string | null }, growth: { __typename: 'Growth', value: number, unit: GrowthUnit, bound: Bound } | null }
   | null, neighbourhood: { __typename: 'Subgraph', reachable: number, truncated: boolean, nodes: Array<
      | { __typename: 'Agreement', degree: number, id: string, key: string, name: string, agreementDate: { __typename: 'PartialDate', start: string, end: string } | null }
      | { __typename: 'BorderCrossing', degree: number, id: string, key: string, name: string }
      | { __typename: 'City', degree: number, id: string, key: string, name: string }
      | { __typename: 'Commodity', degree: number, id: string, key: string, name: string }
      | { __typename: 'Country', degree: number, id: string, key: string, name: string }
      | { __typename: 'Event', degree: number, id: string, key: string, name: string, eventDate: { __typename: 'PartialDate', start: string, end: string } }
      | { __typename: 'LogisticsHub', degree: number, id: string, key: string, name: string }
      | { __typename: 'Organization', degree: number, id: string, key: string, name: string }
      | { __typename: 'Person', degree: number, id: string, key: string, name: string }
      | { __typename: 'Region', degree: number, id: string, key: string, name: string }
      | { __typename: 'Route', degree: number, id: string, key: string, name: string }
      | { __typename: 'Target', degree: number, id: string, key: string, name: string, deadline: { __typename: 'PartialDate', start: string, end: string } | null }
      | { __typename: 'TradeFigure', degree: number, id: string, key: string, name: string, period: { __typename: 'PartialDate', start: string, end: string } }
    >, relationships: Array<{ __typename: 'Relationship', id: string, type: RelationshipType, role: string | null, post: string | null, status: ExportStatus | null, note: string | null, partner:
        | { __typename: 'Agreement', id: string, name: string }
        | { __typename: 'BorderCrossing', id: string, name: string }
        | { __typename: 'City', id: string, name: string }
        | { __typename: 'Commodity', id: string, name: string }
        | { __typename: 'Country', id: string, name: string }
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'LogisticsHub', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Region', id: string, name: string }
        | { __typename: 'Route', id: string, name: string }
        | { __typename: 'Target', id: string, name: string }
        | { __typename: 'TradeFigure', id: string, name: string }
       | null, since: { __typename: 'PartialDate', text: string, precision: DatePrecision, start: string, end: string, inferred: boolean, basis: string | null } | null, until: { __typename: 'PartialDate', text: string, precision: DatePrecision, start: string, end: string, inferred: boolean, basis: string | null } | null, asOf: { __typename: 'PartialDate', text: string, precision: DatePrecision, start: string, end: string, inferred: boolean, basis: string | null } | null, from:
        | { __typename: 'Agreement', id: string, name: string }
        | { __typename: 'BorderCrossing', id: string, name: string }
        | { __typename: 'City', id: string, name: string }
        | { __typename: 'Commodity', id: string, name: string }
        | { __typename: 'Country', id: string, name: string }
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'LogisticsHub', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Region', id: string, name: string }
        | { __typename: 'Route', id: string, name: string }
        | { __typename: 'Target', id: string, name: string }
        | { __typename: 'TradeFigure', id: string, name: string }
      , to:
        | { __typename: 'Agreement', id: string, name: string }
        | { __typename: 'BorderCrossing', id: string, name: string }
        | { __typename: 'City', id: string, name: string }
        | { __typename: 'Commodity', id: string, name: string }
        | { __typename: 'Country', id: string, name: string }
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'LogisticsHub', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Region', id: string, name: string }
        | { __typename: 'Route', id: string, name: string }
        | { __typename: 'Target', id: string, name: string }
        | { __typename: 'TradeFigure', id: string, name: string }
      , citations: Array<{ __typename: 'Citation', paragraphs: Array<number>, sections: Array<string>, quotes: Array<string>, source: { __typename: 'Source', id: string, title: string, publisher: string, url: string | null, published: { __typename: 'PartialDate', text: string, precision: DatePrecision, start: string, end: string, inferred: boolean, basis: string | null } | null } }> }> } | null };

export type DateDetailsFragment = { __typename: 'PartialDate', text: string, precision: DatePrecision, start: string, end: string, inferred: boolean, basis: string | null };

export type CitationDetailsFragment = { __typename: 'Citation', paragraphs: Array<number>, sections: Array<string>, quotes: Array<string>, source: { __typename: 'Source', id: string, title: string, publisher: string, url: string | null, published: { __typename: 'PartialDate', text: string, precision: DatePrecision, start: string, end: string, inferred: boolean, basis: string | null } | null } };

export type FigureValueFragment = { __typename: 'TradeFigure', description: string, measure: TradeMeasure, value: number | null, bound: Bound, unit: Unit, period: { __typename: 'PartialDate', text: string, precision: DatePrecision, start: string, end: string, inferred: boolean, basis: string | null }, growth: { __typename: 'Growth', value: number, unit: GrowthUnit, bound: Bound } | null, citations: Array<{ __typename: 'Citation', paragraphs: Array<number>, sections: Array<string>, quotes: Array<string>, source: { __typename: 'Source', id: string, title: string, publisher: string, url: string | null, published: { __typename: 'PartialDate', text: string, precision: DatePrecision, start: string, end: string, inferred: boolean, basis: string | null } | null } }> };

export type RelationshipDetailsFragment = { __typename: 'Relationship', id: string, type: RelationshipType, role: string | null, post: string | null, status: ExportStatus | null, note: string | null, partner:
    | { __typename: 'Agreement', id: string, name: string }
    | { __typename: 'BorderCrossing', id: string, name: string }
    | { __typename: 'City', id: string, name: string }
    | { __typename: 'Commodity', id: string, name: string }
    | { __typename: 'Country', id: string, name: string }
    | { __typename: 'Event', id: string, name: string }
    | { __typename: 'LogisticsHub', id: string, name: string }
    | { __typename: 'Organization', id: string, name: string }
    | { __typename: 'Person', id: string, name: string }
    | { __typename: 'Region', id: string, name: string }
    | { __typename: 'Route', id: string, name: string }
    | { __typename: 'Target', id: string, name: string }
    | { __typename: 'TradeFigure', id: string, name: string }
   | null, since: { __typename: 'PartialDate', text: string, precision: DatePrecision, start: string, end: string, inferred: boolean, basis: string | null } | null, until: { __typename: 'PartialDate', text: string, precision: DatePrecision, start: string, end: string, inferred: boolean, basis: string | null } | null, asOf: { __typename: 'PartialDate', text: string, precision: DatePrecision, start: string, end: string, inferred: boolean, basis: string | null } | null, from:
    | { __typename: 'Agreement', id: string, name: string }
    | { __typename: 'BorderCrossing', id: string, name: string }
    | { __typename: 'City', id: string, name: string }
    | { __typename: 'Commodity', id: string, name: string }
    | { __typename: 'Country', id: string, name: string }
    | { __typename: 'Event', id: string, name: string }
    | { __typename: 'LogisticsHub', id: string, name: string }
    | { __typename: 'Organization', id: string, name: string }
    | { __typename: 'Person', id: string, name: string }
    | { __typename: 'Region', id: string, name: string }
    | { __typename: 'Route', id: string, name: string }
    | { __typename: 'Target', id: string, name: string }
    | { __typename: 'TradeFigure', id: string, name: string }
  , to:
    | { __typename: 'Agreement', id: string, name: string }
    | { __typename: 'BorderCrossing', id: string, name: string }
    | { __typename: 'City', id: string, name: string }
    | { __typename: 'Commodity', id: string, name: string }
    | { __typename: 'Country', id: string, name: string }
    | { __typename: 'Event', id: string, name: string }
    | { __typename: 'LogisticsHub', id: string, name: string }
    | { __typename: 'Organization', id: string, name: string }
    | { __typename: 'Person', id: string, name: string }
    | { __typename: 'Region', id: string, name: string }
    | { __typename: 'Route', id: string, name: string }
    | { __typename: 'Target', id: string, name: string }
    | { __typename: 'TradeFigure', id: string, name: string }
  , citations: Array<{ __typename: 'Citation', paragraphs: Array<number>, sections: Array<string>, quotes: Array<string>, source: { __typename: 'Source', id: string, title: string, publisher: string, url: string | null, published: { __typename: 'PartialDate', text: string, precision: DatePrecision, start: string, end: string, inferred: boolean, basis: string | null } | null } }> };

export type RelationshipDetailsQueryVariables = Exact<{
  ends: Array<string | number> | string | number;
}>;


export type RelationshipDetailsQuery = { __typename: 'Query', relationshipsAmong: Array<{ __typename: 'Relationship', id: string, type: RelationshipType, role: string | null, post: string | null, status: ExportStatus | null, note: string | null, partner:
      | { __typename: 'Agreement', id: string, name: string }
      | { __typename: 'BorderCrossing', id: string, name: string }
      | { __typename: 'City', id: string, name: string }
      | { __typename: 'Commodity', id: string, name: string }
      | { __typename: 'Country', id: string, name: string }
      | { __typename: 'Event', id: string, name: string }
      | { __typename: 'LogisticsHub', id: string, name: string }
      | { __typename: 'Organization', id: string, name: string }
      | { __typename: 'Person', id: string, name: string }
      | { __typename: 'Region', id: string, name: string }
      | { __typename: 'Route', id: string, name: string }
      | { __typename: 'Target', id: string, name: string }
      | { __typename: 'TradeFigure', id: string, name: string }
     | null, since: { __typename: 'PartialDate', text: string, precision: DatePrecision, start: string, end: string, inferred: boolean, basis: string | null } | null, until: { __typename: 'PartialDate', text: string, precision: DatePrecision, start: string, end: string, inferred: boolean, basis: string | null } | null, asOf: { __typename: 'PartialDate', text: string, precision: DatePrecision, start: string, end: string, inferred: boolean, basis: string | null } | null, from:
      | { __typename: 'Agreement', id: string, name: string }
      | { __typename: 'BorderCrossing', id: string, name: string }
      | { __typename: 'City', id: string, name: string }
      | { __typename: 'Commodity', id: string, name: string }
      | { __typename: 'Country', id: string, name: string }
      | { __typename: 'Event', id: string, name: string }
      | { __typename: 'LogisticsHub', id: string, name: string }
      | { __typename: 'Organization', id: string, name: string }
      | { __typename: 'Person', id: string, name: string }
      | { __typename: 'Region', id: string, name: string }
      | { __typename: 'Route', id: string, name: string }
      | { __typename: 'Target', id: string, name: string }
      | { __typename: 'TradeFigure', id: string, name: string }
    , to:
      | { __typename: 'Agreement', id: string, name: string }
      | { __typename: 'BorderCrossing', id: string, name: string }
      | { __typename: 'City', id: string, name: string }
      | { __typename: 'Commodity', id: string, name: string }
      | { __typename: 'Country', id: string, name: string }
      | { __typename: 'Event', id: string, name: string }
      | { __typename: 'LogisticsHub', id: string, name: string }
      | { __typename: 'Organization', id: string, name: string }
      | { __typename: 'Person', id: string, name: string }
      | { __typename: 'Region', id: string, name: string }
      | { __typename: 'Route', id: string, name: string }
      | { __typename: 'Target', id: string, name: string }
      | { __typename: 'TradeFigure', id: string, name: string }
    , citations: Array<{ __typename: 'Citation', paragraphs: Array<number>, sections: Array<string>, quotes: Array<string>, source: { __typename: 'Source', id: string, title: string, publisher: string, url: string | null, published: { __typename: 'PartialDate', text: string, precision: DatePrecision, start: string, end: string, inferred: boolean, basis: string | null } | null } }> }> };

export type EventsTimelineQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type EventsTimelineQuery = { __typename: 'Query', events: { __typename: 'EventConnection', totalCount: number, nodes: Array<{ __typename: 'Event', id: string, key: string, name: string, kind: EventKind, date: { __typename: 'PartialDate', text: string, start: string, end: string, precision: DatePrecision, inferred: boolean, basis: string | null }, place: { __typename: 'EventPlaceConnection', nodes: Array<
          | { __typename: 'Agreement', id: string, name: string }
          | { __typename: 'BorderCrossing', id: string, name: string }
          | { __typename: 'City', id: string, name: string }
          | { __typename: 'Commodity', id: string, name: string }
          | { __typename: 'Country', id: string, name: string }
          | { __typename: 'Event', id: string, name: string }
          | { __typename: 'LogisticsHub', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Region', id: string, name: string }
          | { __typename: 'Route', id: string, name: string }
          | { __typename: 'Target', id: string, name: string }
          | { __typename: 'TradeFigure', id: string, name: string }
        > } }> } };

export type ExpandNeighbourhoodQueryVariables = Exact<{
  of: EntityReference;
  follow?: Array<RelationshipType> | RelationshipType | null | undefined;
  limit?: number | null | undefined;
}>;


export type ExpandNeighbourhoodQuery = { __typename: 'Query', neighbourhood: { __typename: 'Subgraph', reachable: number, truncated: boolean, nodes: Array<
      | { __typename: 'Agreement', id: string, key: string, name: string, degree: number, agreementDate: { __typename: 'PartialDate', start: string, end: string } | null }
      | { __typename: 'BorderCrossing', id: string, key: string, name: string, degree: number }
      | { __typename: 'City', id: string, key: string, name: string, degree: number }
      | { __typename: 'Commodity', id: string, key: string, name: string, degree: number }
      | { __typename: 'Country', id: string, key: string, name: string, degree: number }
      | { __typename: 'Event', id: string, key: string, name: string, degree: number, eventDate: { __typename: 'PartialDate', start: string, end: string } }
      | { __typename: 'LogisticsHub', id: string, key: string, name: string, degree: number }
      | { __typename: 'Organization', id: string, key: string, name: string, degree: number }
      | { __typename: 'Person', id: string, key: string, name: string, degree: number }
      | { __typename: 'Region', id: string, key: string, name: string, degree: number }
      | { __typename: 'Route', id: string, key: string, name: string, degree: number }
      | { __typename: 'Target', id: string, key: string, name: string, degree: number, deadline: { __typename: 'PartialDate', start: string, end: string } | null }
      | { __typename: 'TradeFigure', id: string, key: string, name: string, degree: number, period: { __typename: 'PartialDate', start: string, end: string } }
    >, relationships: Array<{ __typename: 'Relationship', id: string, type: RelationshipType, role: string | null, post: string | null, status: ExportStatus | null, note: string | null, from:
        | { __typename: 'Agreement', id: string }
        | { __typename: 'BorderCrossing', id: string }
        | { __typename: 'City', id: string }
        | { __typename: 'Commodity', id: string }
        | { __typename: 'Country', id: string }
        | { __typename: 'Event', id: string }
        | { __typename: 'LogisticsHub', id: string }
        | { __typename: 'Organization', id: string }
        | { __typename: 'Person', id: string }
        | { __typename: 'Region', id: string }
        | { __typename: 'Route', id: string }
        | { __typename: 'Target', id: string }
        | { __typename: 'TradeFigure', id: string }
      , to:
        | { __typename: 'Agreement', id: string }
        | { __typename: 'BorderCrossing', id: string }
        | { __typename: 'City', id: string }
        | { __typename: 'Commodity', id: string }
        | { __typename: 'Country', id: string }
        | { __typename: 'Event', id: string }
        | { __typename: 'LogisticsHub', id: string }
        | { __typename: 'Organization', id: string }
        | { __typename: 'Person', id: string }
        | { __typename: 'Region', id: string }
        | { __typename: 'Route', id: string }
        | { __typename: 'Target', id: string }
        | { __typename: 'TradeFigure', id: string }
      , partner:
        | { __typename: 'Agreement', id: string, name: string }
        | { __typename: 'BorderCrossing', id: string, name: string }
        | { __typename: 'City', id: string, name: string }
        | { __typename: 'Commodity', id: string, name: string }
        | { __typename: 'Country', id: string, name: string }
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'LogisticsHub', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Region', id: string, name: string }
        | { __typename: 'Route', id: string, name: string }
        | { __typename: 'Target', id: string, name: string }
        | { __typename: 'TradeFigure', id: string, name: string }
       | null, since: { __typename: 'PartialDate', text: string } | null, until: { __typename: 'PartialDate', text: string } | null, asOf: { __typename: 'PartialDate', text: string } | null }> } | null };

export type RelationshipCountsOfQueryVariables = Exact<{
  id: string | number;
}>;


export type RelationshipCountsOfQuery = { __typename: 'Query', node:
    | { __typename: 'Agreement', relationshipCounts: Array<{ __typename: 'RelationshipCount', type: RelationshipType, direction: RelationshipDirection, count: number }> }
    | { __typename: 'BorderCrossing', relationshipCounts: Array<{ __typename: 'RelationshipCount', type: RelationshipType, direction: RelationshipDirection, count: number }> }
    | { __typename: 'City', relationshipCounts: Array<{ __typename: 'RelationshipCount', type: RelationshipType, direction: RelationshipDirection, count: number }> }
    | { __typename: 'Commodity', relationshipCounts: Array<{ __typename: 'RelationshipCount', type: RelationshipType, direction: RelationshipDirection, count: number }> }
    | { __typename: 'Country', relationshipCounts: Array<{ __typename: 'RelationshipCount', type: RelationshipType, direction: RelationshipDirection, count: number }> }
    | { __typename: 'Event', relationshipCounts: Array<{ __typename: 'RelationshipCount', type: RelationshipType, direction: RelationshipDirection, count: number }> }
    | { __typename: 'LogisticsHub', relationshipCounts: Array<{ __typename: 'RelationshipCount', type: RelationshipType, direction: RelationshipDirection, count: number }> }
    | { __typename: 'Organization', relationshipCounts: Array<{ __typename: 'RelationshipCount', type: RelationshipType, direction: RelationshipDirection, count: number }> }
    | { __typename: 'Person', relationshipCounts: Array<{ __typename: 'RelationshipCount', type: RelationshipType, direction: RelationshipDirection, count: number }> }
    | { __typename: 'Region', relationshipCounts: Array<{ __typename: 'RelationshipCount', type: RelationshipType, direction: RelationshipDirection, count: number }> }
    | { __typename: 'Route', relationshipCounts: Array<{ __typename: 'RelationshipCount', type: RelationshipType, direction: RelationshipDirection, count: number }> }
    | { __typename: 'Source' }
    | { __typename: 'Target', relationshipCounts: Array<{ __typename: 'RelationshipCount', type: RelationshipType, direction: RelationshipDirection, count: number }> }
    | { __typename: 'TradeFigure', relationshipCounts: Array<{ __typename: 'RelationshipCount', type: RelationshipType, direction: RelationshipDirection, count: number }> }
   | null };

export type ShortestPathsQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  avoid?: Array<RelationshipType> | RelationshipType | null | undefined;
  maxLength: number;
  limit?: number | null | undefined;
}>;


export type ShortestPathsQuery = { __typename: 'Query', shortestPaths: Array<{ __typename: 'Path', length: number, nodes: Array<
      | { __typename: 'Agreement', degree: number, id: string, key: string, name: string, agreementDate: { __typename: 'PartialDate', start: string, end: string } | null }
      | { __typename: 'BorderCrossing', degree: number, id: string, key: string, name: string }
      | { __typename: 'City', degree: number, id: string, key: string, name: string }
      | { __typename: 'Commodity', degree: number, id: string, key: string, name: string }
      | { __typename: 'Country', degree: number, id: string, key: string, name: string }
      | { __typename: 'Event', degree: number, id: string, key: string, name: string, eventDate: { __typename: 'PartialDate', start: string, end: string } }
      | { __typename: 'LogisticsHub', degree: number, id: string, key: string, name: string }
      | { __typename: 'Organization', degree: number, id: string, key: string, name: string }
      | { __typename: 'Person', degree: number, id: string, key: string, name: string }
      | { __typename: 'Region', degree: number, id: string, key: string, name: string }
      | { __typename: 'Route', degree: number, id: string, key: string, name: string }
      | { __typename: 'Target', degree: number, id: string, key: string, name: string, deadline: { __typename: 'PartialDate', start: string, end: string } | null }
      | { __typename: 'TradeFigure', degree: number, id: string, key: string, name: string, period: { __typename: 'PartialDate', start: string, end: string } }
    >, relationships: Array<{ __typename: 'Relationship', id: string, type: RelationshipType, role: string | null, post: string | null, status: ExportStatus | null, note: string | null, from:
        | { __typename: 'Agreement', id: string }
        | { __typename: 'BorderCrossing', id: string }
        | { __typename: 'City', id: string }
        | { __typename: 'Commodity', id: string }
        | { __typename: 'Country', id: string }
        | { __typename: 'Event', id: string }
        | { __typename: 'LogisticsHub', id: string }
        | { __typename: 'Organization', id: string }
        | { __typename: 'Person', id: string }
        | { __typename: 'Region', id: string }
        | { __typename: 'Route', id: string }
        | { __typename: 'Target', id: string }
        | { __typename: 'TradeFigure', id: string }
      , to:
        | { __typename: 'Agreement', id: string }
        | { __typename: 'BorderCrossing', id: string }
        | { __typename: 'City', id: string }
        | { __typename: 'Commodity', id: string }
        | { __typename: 'Country', id: string }
        | { __typename: 'Event', id: string }
        | { __typename: 'LogisticsHub', id: string }
        | { __typename: 'Organization', id: string }
        | { __typename: 'Person', id: string }
        | { __typename: 'Region', id: string }
        | { __typename: 'Route', id: string }
        | { __typename: 'Target', id: string }
        | { __typename: 'TradeFigure', id: string }
      , partner:
        | { __typename: 'Agreement', id: string, name: string }
        | { __typename: 'BorderCrossing', id: string, name: string }
        | { __typename: 'City', id: string, name: string }
        | { __typename: 'Commodity', id: string, name: string }
        | { __typename: 'Country', id: string, name: string }
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'LogisticsHub', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Region', id: string, name: string }
        | { __typename: 'Route', id: string, name: string }
        | { __typename: 'Target', id: string, name: string }
        | { __typename: 'TradeFigure', id: string, name: string }
       | null, since: { __typename: 'PartialDate', text: string } | null, until: { __typename: 'PartialDate', text: string } | null, asOf: { __typename: 'PartialDate', text: string } | null }> }> | null };

export type EntitiesByKeyQueryVariables = Exact<{
  keys: Array<string> | string;
}>;


export type EntitiesByKeyQuery = { __typename: 'Query', entitiesByKey: Array<
    | { __typename: 'Agreement', id: string, key: string, name: string, degree: number, agreementDate: { __typename: 'PartialDate', start: string, end: string } | null }
    | { __typename: 'BorderCrossing', id: string, key: string, name: string, degree: number }
    | { __typename: 'City', id: string, key: string, name: string, degree: number }
    | { __typename: 'Commodity', id: string, key: string, name: string, degree: number }
    | { __typename: 'Country', id: string, key: string, name: string, degree: number }
    | { __typename: 'Event', id: string, key: string, name: string, degree: number, eventDate: { __typename: 'PartialDate', start: string, end: string } }
    | { __typename: 'LogisticsHub', id: string, key: string, name: string, degree: number }
    | { __typename: 'Organization', id: string, key: string, name: string, degree: number }
    | { __typename: 'Person', id: string, key: string, name: string, degree: number }
    | { __typename: 'Region', id: string, key: string, name: string, degree: number }
    | { __typename: 'Route', id: string, key: string, name: string, degree: number }
    | { __typename: 'Target', id: string, key: string, name: string, degree: number, deadline: { __typename: 'PartialDate', start: string, end: string } | null }
    | { __typename: 'TradeFigure', id: string, key: string, name: string, degree: number, period: { __typename: 'PartialDate', start: string, end: string } }
   | null> };

export type EntityByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type EntityByIdQuery = { __typename: 'Query', node:
    | { __typename: 'Agreement', id: string, key: string, name: string, degree: number, agreementDate: { __typename: 'PartialDate', start: string, end: string } | null }
    | { __typename: 'BorderCrossing', id: string, key: string, name: string, degree: number }
    | { __typename: 'City', id: string, key: string, name: string, degree: number }
    | { __typename: 'Commodity', id: string, key: string, name: string, degree: number }
    | { __typename: 'Country', id: string, key: string, name: string, degree: number }
    | { __typename: 'Event', id: string, key: string, name: string, degree: number, eventDate: { __typename: 'PartialDate', start: string, end: string } }
    | { __typename: 'LogisticsHub', id: string, key: string, name: string, degree: number }
    | { __typename: 'Organization', id: string, key: string, name: string, degree: number }
    | { __typename: 'Person', id: string, key: string, name: string, degree: number }
    | { __typename: 'Region', id: string, key: string, name: string, degree: number }
    | { __typename: 'Route', id: string, key: string, name: string, degree: number }
    | { __typename: 'Source' }
    | { __typename: 'Target', id: string, key: string, name: string, degree: number, deadline: { __typename: 'PartialDate', start: string, end: string } | null }
    | { __typename: 'TradeFigure', id: string, key: string, name: string, degree: number, period: { __typename: 'PartialDate', start: string, end: string } }
   | null };

export type RelationshipsAmongQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type RelationshipsAmongQuery = { __typename: 'Query', relationshipsAmong: Array<{ __typename: 'Relationship', id: string, type: RelationshipType, role: string | null, post: string | null, status: ExportStatus | null, note: string | null, from:
      | { __typename: 'Agreement', id: string }
      | { __typename: 'BorderCrossing', id: string }
      | { __typename: 'City', id: string }
      | { __typename: 'Commodity', id: string }
      | { __typename: 'Country', id: string }
      | { __typename: 'Event', id: string }
      | { __typename: 'LogisticsHub', id: string }
      | { __typename: 'Organization', id: string }
      | { __typename: 'Person', id: string }
      | { __typename: 'Region', id: string }
      | { __typename: 'Route', id: string }
      | { __typename: 'Target', id: string }
      | { __typename: 'TradeFigure', id: string }
    , to:
      | { __typename: 'Agreement', id: string }
      | { __typename: 'BorderCrossing', id: string }
      | { __typename: 'City', id: string }
      | { __typename: 'Commodity', id: string }
      | { __typename: 'Country', id: string }
      | { __typename: 'Event', id: string }
      | { __typename: 'LogisticsHub', id: string }
      | { __typename: 'Organization', id: string }
      | { __typename: 'Person', id: string }
      | { __typename: 'Region', id: string }
      | { __typename: 'Route', id: string }
      | { __typename: 'Target', id: string }
      | { __typename: 'TradeFigure', id: string }
    , partner:
      | { __typename: 'Agreement', id: string, name: string }
      | { __typename: 'BorderCrossing', id: string, name: string }
      | { __typename: 'City', id: string, name: string }
      | { __typename: 'Commodity', id: string, name: string }
      | { __typename: 'Country', id: string, name: string }
      | { __typename: 'Event', id: string, name: string }
      | { __typename: 'LogisticsHub', id: string, name: string }
      | { __typename: 'Organization', id: string, name: string }
      | { __typename: 'Person', id: string, name: string }
      | { __typename: 'Region', id: string, name: string }
      | { __typename: 'Route', id: string, name: string }
      | { __typename: 'Target', id: string, name: string }
      | { __typename: 'TradeFigure', id: string, name: string }
     | null, since: { __typename: 'PartialDate', text: string } | null, until: { __typename: 'PartialDate', text: string } | null, asOf: { __typename: 'PartialDate', text: string } | null }> };

export type SearchEntitiesQueryVariables = Exact<{
  text: string;
  first?: number | null | undefined;
  types?: Array<EntityType> | EntityType | null | undefined;
}>;


export type SearchEntitiesQuery = { __typename: 'Query', search: { __typename: 'SearchConnection', totalCount: number, edges: Array<{ __typename: 'SearchHit', score: number, node:
        | { __typename: 'Agreement', id: string, key: string, name: string, degree: number, agreementDate: { __typename: 'PartialDate', start: string, end: string } | null }
        | { __typename: 'BorderCrossing', id: string, key: string, name: string, degree: number }
        | { __typename: 'City', id: string, key: string, name: string, degree: number }
        | { __typename: 'Commodity', id: string, key: string, name: string, degree: number }
        | { __typename: 'Country', id: string, key: string, name: string, degree: number }
        | { __typename: 'Event', id: string, key: string, name: string, degree: number, eventDate: { __typename: 'PartialDate', start: string, end: string } }
        | { __typename: 'LogisticsHub', id: string, key: string, name: string, degree: number }
        | { __typename: 'Organization', id: string, key: string, name: string, degree: number }
        | { __typename: 'Person', id: string, key: string, name: string, degree: number }
        | { __typename: 'Region', id: string, key: string, name: string, degree: number }
        | { __typename: 'Route', id: string, key: string, name: string, degree: number }
        | { __typename: 'Source' }
        | { __typename: 'Target', id: string, key: string, name: string, degree: number, deadline: { __typename: 'PartialDate', start: string, end: string } | null }
        | { __typename: 'TradeFigure', id: string, key: string, name: string, degree: number, period: { __typename: 'PartialDate', start: string, end: string } }
       }> } };

export type TradeTimelinesQueryVariables = Exact<{
  measure: TradeMeasure;
  between?: Array<EntityReference> | EntityReference | null | undefined;
}>;


export type TradeTimelinesQuery = { __typename: 'Query', tradeTimelines: Array<{ __typename: 'TradeTimeline', measure: TradeMeasure, unit: Unit, parties: Array<
      | { __typename: 'Agreement', id: string, name: string }
      | { __typename: 'BorderCrossing', id: string, name: string }
      | { __typename: 'City', id: string, name: string }
      | { __typename: 'Commodity', id: string, name: string }
      | { __typename: 'Country', id: string, name: string }
      | { __typename: 'Event', id: string, name: string }
      | { __typename: 'LogisticsHub', id: string, name: string }
      | { __typename: 'Organization', id: string, name: string }
      | { __typename: 'Person', id: string, name: string }
      | { __typename: 'Region', id: string, name: string }
      | { __typename: 'Route', id: string, name: string }
      | { __typename: 'Target', id: string, name: string }
      | { __typename: 'TradeFigure', id: string, name: string }
    >, periods: Array<{ __typename: 'TradePeriod', values: Array<number>, sourcesDisagree: boolean, period: { __typename: 'PartialDate', text: string, start: string, end: string, inferred: boolean }, figures: Array<{ __typename: 'TradeFigure', id: string, key: string, name: string, value: number | null, bound: Bound, citations: Array<{ __typename: 'Citation', paragraphs: Array<number>, sections: Array<string>, source: { __typename: 'Source', id: string, title: string, publisher: string, published: { __typename: 'PartialDate', text: string } | null } }> }> }>, targets: Array<{ __typename: 'Target', id: string, key: string, name: string, value: number, bound: Bound, deadline: { __typename: 'PartialDate', text: string, start: string, end: string } | null, citations: Array<{ __typename: 'Citation', source: { __typename: 'Source', id: string, title: string, publisher: string } }> }> }> };

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
export const CanvasEntityFragmentDoc = new TypedDocumentString(`
    fragment CanvasEntity on Entity {
  __typename
  id
  key
  name
  degree
  ... on Event {
    eventDate: date {
      start
      end
    }
  }
  ... on Agreement {
    agreementDate: date {
      start
      end
    }
  }
  ... on TradeFigure {
    period {
      start
      end
    }
  }
  ... on Target {
    deadline {
      start
      end
    }
  }
}
    `, {"fragmentName":"CanvasEntity"}) as unknown as TypedDocumentString<CanvasEntityFragment, unknown>;
export const DateDetailsFragmentDoc = new TypedDocumentString(`
    fragment DateDetails on PartialDate {
  text
  precision
  start
  end
  inferred
  basis
}
    `, {"fragmentName":"DateDetails"}) as unknown as TypedDocumentString<DateDetailsFragment, unknown>;
export const CitationDetailsFragmentDoc = new TypedDocumentString(`
    fragment CitationDetails on Citation {
  paragraphs
  sections
  quotes
  source {
    id
    title
    publisher
    url
    published {
      ...DateDetails
    }
  }
}
    fragment DateDetails on PartialDate {
  text
  precision
  start
  end
  inferred
  basis
}`, {"fragmentName":"CitationDetails"}) as unknown as TypedDocumentString<CitationDetailsFragment, unknown>;
export const FigureValueFragmentDoc = new TypedDocumentString(`
    fragment FigureValue on TradeFigure {
  description
  measure
  value
  bound
  unit
  period {
    ...DateDetails
  }
  growth {
    value
    unit
    bound
  }
  citations {
    ...CitationDetails
  }
}
    fragment DateDetails on PartialDate {
  text
  precision
  start
  end
  inferred
  basis
}
fragment CitationDetails on Citation {
  paragraphs
  sections
  quotes
  source {
    id
    title
    publisher
    url
    published {
      ...DateDetails
    }
  }
}`, {"fragmentName":"FigureValue"}) as unknown as TypedDocumentString<FigureValueFragment, unknown>;
export const CanvasRelationshipFragmentDoc = new TypedDocumentString(`
    fragment CanvasRelationship on Relationship {
  id
  type
  from {
    id
  }
  to {
    id
  }
  role
  post
  status
  note
  partner {
    id
    name
  }
  since {
    text
  }
  until {
    text
  }
  asOf {
    text
  }
}
    `, {"fragmentName":"CanvasRelationship"}) as unknown as TypedDocumentString<CanvasRelationshipFragment, unknown>;
export const RelationshipDetailsFragmentDoc = new TypedDocumentString(`
    fragment RelationshipDetails on Relationship {
  ...CanvasRelationship
  id
  type
  role
  post
  status
  note
  partner {
    __typename
    id
    name
  }
  since {
    ...DateDetails
  }
  until {
    ...DateDetails
  }
  asOf {
    ...DateDetails
  }
  from {
    __typename
    id
    name
  }
  to {
    __typename
    id
    name
  }
  citations {
    ...CitationDetails
  }
}
    fragment CanvasRelationship on Relationship {
  id
  type
  from {
    id
  }
  to {
    id
  }
  role
  post
  status
  note
  partner {
    id
    name
  }
  since {
    text
  }
  until {
    text
  }
  asOf {
    text
  }
}
fragment DateDetails on PartialDate {
  text
  precision
  start
  end
  inferred
  basis
}
fragment CitationDetails on Citation {
  paragraphs
  sections
  quotes
  source {
    id
    title
    publisher
    url
    published {
      ...DateDetails
    }
  }
}`, {"fragmentName":"RelationshipDetails"}) as unknown as TypedDocumentString<RelationshipDetailsFragment, unknown>;
export const CounterpartsOfPersonDocument = new TypedDocumentString(`
    query CounterpartsOfPerson($person: ID!, $types: [EntityType!] = [PERSON], $first: Int = 50) {
  counterparts(of: { id: $person }, types: $types, first: $first) {
    totalCount
    edges {
      sharedEventCount
      node {
        __typename
        id
        key
        name
      }
      sharedEvents {
        id
        name
        date {
          text
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CounterpartsOfPersonQuery, CounterpartsOfPersonQueryVariables>;
export const PeopleToChooseFromDocument = new TypedDocumentString(`
    query PeopleToChooseFrom($first: Int = 100) {
  people(first: $first) {
    totalCount
    nodes {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<PeopleToChooseFromQuery, PeopleToChooseFromQueryVariables>;
export const EntityDetailsDocument = new TypedDocumentString(`
    query EntityDetails($id: ID!, $linkLimit: Int = 200) {
  node(id: $id) {
    __typename
    id
    ... on Entity {
      key
      name
      aliases
      note
      citations {
        ...CitationDetails
      }
    }
    ... on Person {
      posts(first: 100) {
        edges {
          post
          since {
            ...DateDetails
          }
          until {
            ...DateDetails
          }
          asOf {
            ...DateDetails
          }
          node {
            __typename
            id
            name
          }
        }
      }
    }
    ... on Organization {
      orgKind: kind
    }
    ... on Country {
      iso2
    }
    ... on Region {
      regionKind: kind
    }
    ... on Event {
      title
      eventKind: kind
      eventDate: date {
        ...DateDetails
      }
    }
    ... on Agreement {
      title
      agreementKind: kind
      agreementDate: date {
        ...DateDetails
      }
      money: value {
        amount
        currency
        bound
      }
      documentCount
      sectors
    }
    ... on BorderCrossing {
      crossingStatus: status
      statusDate {
        ...DateDetails
      }
      modes
      kazakhSideName
      chineseSideName
    }
    ... on LogisticsHub {
      hubKind: kind
      hubStatus: status
      statusDate {
        ...DateDetails
      }
    }
    ... on Commodity {
      category
      hsCodes
    }
    ... on TradeFigure {
      ...FigureValue
      otherSourcesFigures {
        id
        ...FigureValue
      }
    }
    ... on Target {
      description
      targetMeasure: measure
      targetValue: value
      bound
      unit
      deadline {
        ...DateDetails
      }
    }
    ... on Route {
      routeKind: kind
    }
  }
  neighbourhood(of: { id: $id }, depth: 1, limit: $linkLimit) {
    reachable
    truncated
    nodes {
      ...CanvasEntity
      degree
    }
    relationships {
      ...RelationshipDetails
    }
  }
}
    fragment CanvasEntity on Entity {
  __typename
  id
  key
  name
  degree
  ... on Event {
    eventDate: date {
      start
      end
    }
  }
  ... on Agreement {
    agreementDate: date {
      start
      end
    }
  }
  ... on TradeFigure {
    period {
      start
      end
    }
  }
  ... on Target {
    deadline {
      start
      end
    }
  }
}
fragment CanvasRelationship on Relationship {
  id
  type
  from {
    id
  }
  to {
    id
  }
  role
  post
  status
  note
  partner {
    id
    name
  }
  since {
    text
  }
  until {
    text
  }
  asOf {
    text
  }
}
fragment DateDetails on PartialDate {
  text
  precision
  start
  end
  inferred
  basis
}
fragment CitationDetails on Citation {
  paragraphs
  sections
  quotes
  source {
    id
    title
    publisher
    url
    published {
      ...DateDetails
    }
  }
}
fragment FigureValue on TradeFigure {
  description
  measure
  value
  bound
  unit
  period {
    ...DateDetails
  }
  growth {
    value
    unit
    bound
  }
  citations {
    ...CitationDetails
  }
}
fragment RelationshipDetails on Relationship {
  ...CanvasRelationship
  id
  type
  role
  post
  status
  note
  partner {
    __typename
    id
    name
  }
  since {
    ...DateDetails
  }
  until {
    ...DateDetails
  }
  asOf {
    ...DateDetails
  }
  from {
    __typename
    id
    name
  }
  to {
    __typename
    id
    name
  }
  citations {
    ...CitationDetails
  }
}`) as unknown as TypedDocumentString<EntityDetailsQuery, EntityDetailsQueryVariables>;
export const RelationshipDetailsDocument = new TypedDocumentString(`
    query RelationshipDetails($ends: [ID!]!) {
  relationshipsAmong(ids: $ends) {
    ...RelationshipDetails
  }
}
    fragment CanvasRelationship on Relationship {
  id
  type
  from {
    id
  }
  to {
    id
  }
  role
  post
  status
  note
  partner {
    id
    name
  }
  since {
    text
  }
  until {
    text
  }
  asOf {
    text
  }
}
fragment DateDetails on PartialDate {
  text
  precision
  start
  end
  inferred
  basis
}
fragment CitationDetails on Citation {
  paragraphs
  sections
  quotes
  source {
    id
    title
    publisher
    url
    published {
      ...DateDetails
    }
  }
}
fragment RelationshipDetails on Relationship {
  ...CanvasRelationship
  id
  type
  role
  post
  status
  note
  partner {
    __typename
    id
    name
  }
  since {
    ...DateDetails
  }
  until {
    ...DateDetails
  }
  asOf {
    ...DateDetails
  }
  from {
    __typename
    id
    name
  }
  to {
    __typename
    id
    name
  }
  citations {
    ...CitationDetails
  }
}`) as unknown as TypedDocumentString<RelationshipDetailsQuery, RelationshipDetailsQueryVariables>;
export const EventsTimelineDocument = new TypedDocumentString(`
    query EventsTimeline($from: Date, $to: Date, $first: Int = 100) {
  events(filter: { from: $from, to: $to }, first: $first) {
    totalCount
    nodes {
      id
      key
      name
      kind
      date {
        text
        start
        end
        precision
        inferred
        basis
      }
      place(first: 5) {
        nodes {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EventsTimelineQuery, EventsTimelineQueryVariables>;
export const ExpandNeighbourhoodDocument = new TypedDocumentString(`
    query ExpandNeighbourhood($of: EntityReference!, $follow: [RelationshipType!], $limit: Int = 60) {
  neighbourhood(of: $of, depth: 1, follow: $follow, limit: $limit) {
    nodes {
      ...CanvasEntity
    }
    relationships {
      ...CanvasRelationship
    }
    reachable
    truncated
  }
}
    fragment CanvasEntity on Entity {
  __typename
  id
  key
  name
  degree
  ... on Event {
    eventDate: date {
      start
      end
    }
  }
  ... on Agreement {
    agreementDate: date {
      start
      end
    }
  }
  ... on TradeFigure {
    period {
      start
      end
    }
  }
  ... on Target {
    deadline {
      start
      end
    }
  }
}
fragment CanvasRelationship on Relationship {
  id
  type
  from {
    id
  }
  to {
    id
  }
  role
  post
  status
  note
  partner {
    id
    name
  }
  since {
    text
  }
  until {
    text
  }
  asOf {
    text
  }
}`) as unknown as TypedDocumentString<ExpandNeighbourhoodQuery, ExpandNeighbourhoodQueryVariables>;
export const RelationshipCountsOfDocument = new TypedDocumentString(`
    query RelationshipCountsOf($id: ID!) {
  node(id: $id) {
    __typename
    ... on Entity {
      relationshipCounts {
        type
        direction
        count
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RelationshipCountsOfQuery, RelationshipCountsOfQueryVariables>;
export const ShortestPathsDocument = new TypedDocumentString(`
    query ShortestPaths($from: ID!, $to: ID!, $avoid: [RelationshipType!], $maxLength: Int!, $limit: Int = 10) {
  shortestPaths(
    from: { id: $from }
    to: { id: $to }
    avoid: $avoid
    maxLength: $maxLength
    limit: $limit
  ) {
    length
    nodes {
      ...CanvasEntity
      degree
    }
    relationships {
      id
      ...CanvasRelationship
    }
  }
}
    fragment CanvasEntity on Entity {
  __typename
  id
  key
  name
  degree
  ... on Event {
    eventDate: date {
      start
      end
    }
  }
  ... on Agreement {
    agreementDate: date {
      start
      end
    }
  }
  ... on TradeFigure {
    period {
      start
      end
    }
  }
  ... on Target {
    deadline {
      start
      end
    }
  }
}
fragment CanvasRelationship on Relationship {
  id
  type
  from {
    id
  }
  to {
    id
  }
  role
  post
  status
  note
  partner {
    id
    name
  }
  since {
    text
  }
  until {
    text
  }
  asOf {
    text
  }
}`) as unknown as TypedDocumentString<ShortestPathsQuery, ShortestPathsQueryVariables>;
export const EntitiesByKeyDocument = new TypedDocumentString(`
    query EntitiesByKey($keys: [String!]!) {
  entitiesByKey(keys: $keys) {
    ...CanvasEntity
  }
}
    fragment CanvasEntity on Entity {
  __typename
  id
  key
  name
  degree
  ... on Event {
    eventDate: date {
      start
      end
    }
  }
  ... on Agreement {
    agreementDate: date {
      start
      end
    }
  }
  ... on TradeFigure {
    period {
      start
      end
    }
  }
  ... on Target {
    deadline {
      start
      end
    }
  }
}`) as unknown as TypedDocumentString<EntitiesByKeyQuery, EntitiesByKeyQueryVariables>;
export const EntityByIdDocument = new TypedDocumentString(`
    query EntityById($id: ID!) {
  node(id: $id) {
    __typename
    ...CanvasEntity
  }
}
    fragment CanvasEntity on Entity {
  __typename
  id
  key
  name
  degree
  ... on Event {
    eventDate: date {
      start
      end
    }
  }
  ... on Agreement {
    agreementDate: date {
      start
      end
    }
  }
  ... on TradeFigure {
    period {
      start
      end
    }
  }
  ... on Target {
    deadline {
      start
      end
    }
  }
}`) as unknown as TypedDocumentString<EntityByIdQuery, EntityByIdQueryVariables>;
export const RelationshipsAmongDocument = new TypedDocumentString(`
    query RelationshipsAmong($ids: [ID!]!) {
  relationshipsAmong(ids: $ids) {
    ...CanvasRelationship
  }
}
    fragment CanvasRelationship on Relationship {
  id
  type
  from {
    id
  }
  to {
    id
  }
  role
  post
  status
  note
  partner {
    id
    name
  }
  since {
    text
  }
  until {
    text
  }
  asOf {
    text
  }
}`) as unknown as TypedDocumentString<RelationshipsAmongQuery, RelationshipsAmongQueryVariables>;
export const SearchEntitiesDocument = new TypedDocumentString(`
    query SearchEntities($text: String!, $first: Int = 8, $types: [EntityType!]) {
  search(text: $text, first: $first, types: $types) {
    totalCount
    edges {
      score
      node {
        __typename
        ...CanvasEntity
      }
    }
  }
}
    fragment CanvasEntity on Entity {
  __typename
  id
  key
  name
  degree
  ... on Event {
    eventDate: date {
      start
      end
    }
  }
  ... on Agreement {
    agreementDate: date {
      start
      end
    }
  }
  ... on TradeFigure {
    period {
      start
      end
    }
  }
  ... on Target {
    deadline {
      start
      end
    }
  }
}`) as unknown as TypedDocumentString<SearchEntitiesQuery, SearchEntitiesQueryVariables>;
export const TradeTimelinesDocument = new TypedDocumentString(`
    query TradeTimelines($measure: TradeMeasure!, $between: [EntityReference!]) {
  tradeTimelines(measure: $measure, between: $between) {
    measure
    unit
    parties {
      id
      name
    }
    periods {
      period {
        text
        start
        end
        inferred
      }
      values
      sourcesDisagree
      figures {
        id
        key
        name
        value
        bound
        citations {
          source {
            id
            title
            publisher
            published {
              text
            }
          }
          paragraphs
          sections
        }
      }
    }
    targets {
      id
      key
      name
      value
      bound
      deadline {
        text
        start
        end
      }
      citations {
        source {
          id
          title
          publisher
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TradeTimelinesQuery, TradeTimelinesQueryVariables>;
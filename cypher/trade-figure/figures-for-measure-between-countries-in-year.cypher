// Every figure for one measure between two countries whose period lies within a year, each with the
// sources that report it: where sources disagree, all their values are here side by side.
MATCH (figure:TradeFigure {measure: $measure})-[:CONCERNS]->(:Country {id: $country})
WHERE (figure)-[:CONCERNS]->(:Country {id: $partner})
  AND figure.periodFrom >= date({year: $year, month: 1, day: 1})
  AND figure.periodTo <= date({year: $year, month: 12, day: 31})
MATCH (figure)-[:CITED_IN]->(source:Source)
RETURN figure.id AS id, figure.value AS value, figure.unit AS unit, figure.bound AS bound,
       figure.period AS period, figure.periodInferred AS periodInferred,
       collect(source.id) AS sources
ORDER BY id

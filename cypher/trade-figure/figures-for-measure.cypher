// The figures for one measure whose period overlaps $from..$to, each with the countries and regions it
// concerns (its parties), keeping those that concern every party in $between.
MATCH (figure:TradeFigure {measure: $measure})
WHERE ($from IS NULL OR figure.periodTo >= $from)
  AND ($to IS NULL OR figure.periodFrom <= $to)
WITH figure, COLLECT { MATCH (figure)-[:CONCERNS]->(party:Country|Region) RETURN DISTINCT party.id ORDER BY party.id } AS parties
WHERE all(required IN $between WHERE required IN parties)
RETURN figure, parties
ORDER BY figure.periodFrom, figure.periodTo, figure.id

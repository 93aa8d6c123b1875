// The figures for some measures whose period overlaps $from..$to, each with the countries and regions it
// concerns (its parties), keeping those that concern every party in $between. One measure for a timeline;
// several when many figures each ask for the figures beside them.
MATCH (figure:TradeFigure)
WHERE figure.measure IN $measures
  AND ($from IS NULL OR figure.periodTo >= $from)
  AND ($to IS NULL OR figure.periodFrom <= $to)
WITH figure, COLLECT { MATCH (figure)-[:CONCERNS]->(party:Country|Region) RETURN DISTINCT party.id ORDER BY party.id } AS parties
WHERE all(required IN $between WHERE required IN parties)
RETURN figure, parties
ORDER BY figure.periodFrom, figure.periodTo, figure.id

/**
 * The one tab a first visit opens on: what this page is for, and a short query that runs as it stands. The
 * research questions are a list beside it rather than fifteen tabs; choosing one replaces this tab while it
 * is untouched.
 */
export const WELCOME_QUERY = `# Kazakhstan–China graph
#
# A graph of the Kazakhstan–China relationship,
# built from cited news articles.
#
# Each research question on the left opens in a
# tab of its own; run it with ▶ or Ctrl-Enter.
# Ctrl-Space completes fields as you write your
# own; Docs (the book icon) describe every type.
#
# To see the graph as a picture: /explore
query Welcome {
  service { name version }
  sources(first: 10) {
    totalCount
    edges { node { title publisher published { text } } }
  }
}
`;

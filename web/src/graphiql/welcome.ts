/**
 * The one tab a first visit opens on: what this page is for, and a short query that runs as it stands. The
 * research questions are a list beside it rather than fifteen tabs; choosing one replaces this tab while it
 * is untouched.
 */
export const WELCOME_QUERY = `# Kazakhstan–China graph
#
# A graph of the Kazakhstan–China relationship built from cited news articles.
# The research questions on the left each open in a tab of their own, ready to
# run with the ▶ button or Ctrl-Enter. Ctrl-Space completes fields as you write
# your own; the Docs (book icon) describe every type.
#
# To browse the graph as a picture, open the explorer at /explore.
query Welcome {
  service { name version }
  sources(first: 10) {
    totalCount
    edges { node { title publisher published { text } } }
  }
}
`;

/** The operation the Apollo Sandbox opens with: the UK–US Technology Prosperity Deal, explored. */
export const STARTER_OPERATION = `# The UK–US Technology Prosperity Deal (September 2025): who signed it, where, what it covers,
# how its status changed, and who reported each fact. Press Run, then explore from here.
query UkUsTechDeal {
  node(id: "agreement:uk-us-technology-prosperity-deal-2025") {
    id
    name
    ... on Agreement {
      status
      signedOn
      parties { edges { role node { name } sources { publisher } } }
      signatories { edges { capacity date node { name } sources { publisher url } } }
      signedAt { nodes { name startDate places { nodes { name } } } }
      technologies { edges { pillar node { name } } }
      statusHistory { status date attributedTo source { publisher url } }
    }
  }
  search(text: "Royaume-Uni", first: 3) { score node { id name } }
}
`;

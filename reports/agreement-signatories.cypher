// name: agreement-signatories
// title: Who signed what, for whom, where and when
// question: Which agreements were signed, by whom, in what capacity and on whose behalf, at which event, place and date?
// param: agreement: string = null -- an agreement id (null: every agreement)
// note: One row per signature. "onBehalfOf" is the party to the agreement (country or organisation)
//   in which the signer holds office; "place" is where the signing event was held. An agreement
//   nobody is recorded as signing still gets a row, with its parties and no signer.

MATCH (a:Agreement)
WHERE $agreement IS NULL OR a.id = $agreement
OPTIONAL MATCH (p:Person)-[s:SIGNED]->(a)
OPTIONAL MATCH (a)-[:SIGNED_AT]->(e:Event)
OPTIONAL MATCH (e)-[:HELD_AT]->(place:Place)
CALL (a, p) {
  OPTIONAL MATCH (p)-[:HOLDS_OFFICE]->(party)-[:PARTY_TO]->(a)
  WITH party ORDER BY party.id
  RETURN collect(party.id) AS onBehalfOf
}
CALL (a) {
  MATCH (party)-[:PARTY_TO {role: 'party'}]->(a)
  WITH party ORDER BY party.id
  RETURN collect(party.id) AS parties
}
RETURN a.id AS agreement,
       a.name AS agreementName,
       a.kind AS kind,
       a.status AS status,
       p.id AS signer,
       p.name AS signerName,
       s.capacity AS capacity,
       onBehalfOf,
       parties,
       coalesce(s.date, a.signedOn) AS signedOn,
       e.id AS event,
       place.name AS place,
       s.sources AS sources
ORDER BY agreement, signer;

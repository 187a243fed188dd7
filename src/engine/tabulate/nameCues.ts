// What the words around a name and the name's own last word say about what it names: a place ("Kelso
// province", "the town of Marrow"), a body ("the Harbour Safety Authority", "the Green Party"), a ship, a
// storm, or a newspaper quoted as a source of the story rather than a part of it.

/** Lower-case nouns that say a one-word name next to them is a place: "Kelso province", "the town of Marrow". */
export const PLACE_NOUN = /^(?:province|provinces|city|town|towns|village|municipality|county|district|region|island|state|prefecture|borough|township)$/;

/**
 * The place nouns of where things happen: towns, cities, provinces. "The Pacific region" and "the island of
 * Ardel" as often set a wide scene as name a place of the story, so "region" and "island" only tie a short
 * name to a longer one ("the Kelso region" to the "Kelso Upland Region").
 */
export function isLocalPlaceNoun(noun: string): boolean {
  return PLACE_NOUN.test(noun) && noun !== 'region' && noun !== 'island';
}

/** A name's last word that makes it a body of people: "the Coastal Safety Board", "the Green Party". */
const BODY_WORD =
  /^(?:Party|Council|Office|Ministry|Agency|Department|Service|Commission|Committee|Bureau|Authority|Institute|Police|Army|Navy|Force|Guard|Bank|Fund|Court|Senate|Parliament|Assembly|Congress|Board|Corporation|Company|Association|Union|Observatory|Organi[sz]ation|Foundation|University|Administration|Secretariat|Tribunal)$/;

/** A name's last word that makes it a place: "the Ilvern Region", "Marrow Valley". */
const PLACE_WORD = /^(?:Region|Province|City|Island|Islands|Valley|County|State|District|Sea|Bay|Strait|Hemisphere|Coast|River|Peninsula)$/;

/** Mastheads: a name ending so is a newspaper or wire, quoted for the story, not a part of it. */
const MASTHEAD = /^(?:Times|Post|Journal|Herald|Tribune|Gazette|News|Press|Chronicle|Telegraph|Wire|Daily|Magazine)$/;

/** Prefixes navies and shipping registers put before a ship's name: what follows is a ship, not a person or place. */
export const VESSEL_PREFIX = /^(?:USS|USNS|HMS|HMAS|HMCS|HMNZS|INS|RFA|MV|MS|SS|RV|FS)$/;

/** Words that put a storm's name after them ("Typhoon Mangkhut", "Hurricane Ida"). */
export const STORM_WORD = /^(?:typhoon|hurricane|cyclone|storm|super[ -]?typhoon|tropical)$/i;

/** Common nouns that put a craft's name after them ("the carrier Gerald R. Ford", "the yacht Lady Moss"). */
export const CRAFT_NOUN =
  /^(?:carrier|ship|warship|vessel|destroyer|frigate|cruiser|submarine|tanker|freighter|ferry|yacht|boat|aircraft|jet|plane|airliner|spacecraft|rocket|probe)$/i;

/** Nouns after a capitalised word that make it a party's: "a Labour government", "Green lawmakers". */
export const PARTY_FOLLOWER =
  /^(?:government|governments|administration|administrations|lawmakers|MPs|members|leader|leadership|voters|predecessors|candidate|candidates|manifesto|senators|councillors|majority)$/;

/** After a name: a verb of speech or stance. Places do not speak, so a name that does is a body's ("the Grey House said"). */
export const SPEAKS_AFTER =
  /^[ \t]+(?:said|says|told|stated|declared|announced|warned|maintains|maintained|insisted|argued|added|confirmed|reported|estimated|forecast|forecasts|cautioned)\b/;

/** Before a name: a preposition of place ("in San Telmo", "towards Villa Rosa"). People are not where things happen. */
const PLACE_BEFORE = /\b(?:in|at|near|across|into|towards?|outside|throughout)[ \t]+$/i;
/** After a name: an apposition saying what kind of place it is (", the worst-hit town"). */
const PLACE_APPOSITION =
  /^,[ \t]+(?:the|a|an)[ \t]+(?:[\p{L}-]+[ \t]+){0,3}?(?:town|city|village|province|municipality|district|county|region|capital|island|port)\b/u;

/** A mention the words around write as a place: "in San Telmo", "Villa Rosa, the worst-hit town". */
export function writtenAsPlace(visible: string, m: { start: number; end: number }): boolean {
  // "in Ana Costa's view" is about the person.
  if (/^[’']s?\b/u.test(visible.slice(m.end, m.end + 2))) return false;
  return PLACE_BEFORE.test(visible.slice(Math.max(0, m.start - 12), m.start)) || PLACE_APPOSITION.test(visible.slice(m.end, m.end + 60));
}

/** Words of a role, not of a name: "Prime Minister", "the Agriculture Secretary", "Minister of Health". */
const ROLE_WORD =
  /^(?:President|Minister|Secretary|Spokesperson|Spokesman|Spokeswoman|Governor|Mayor|Senator|Chancellor|Adviser|Advisor|Commissioner|Director|Chairman|Chairwoman|Chair|Ambassador|Premier|Envoy|Prosecutor|Chief)$/;

/** A title standing for whoever holds it: its first or last word names a role. */
export function isRole(name: string): boolean {
  const words = name.split(/\s+/);
  return ROLE_WORD.test(words[0]) || ROLE_WORD.test(words[words.length - 1]);
}

export type NameType = 'place' | 'organization' | 'vessel' | 'storm' | 'name';

function lastWord(name: string): string {
  const words = name.split(/\s+/);
  return words[words.length - 1];
}

/** What a name's own words say it names; undefined when they do not say. */
export function typeFromShape(name: string): NameType | undefined {
  const first = name.split(/\s+/)[0];
  if (VESSEL_PREFIX.test(first)) return 'vessel';
  if (STORM_WORD.test(first)) return 'storm';
  const last = lastWord(name);
  // "Office for Budget Responsibility", "Ministry of Health": the body word opens the name.
  if (BODY_WORD.test(last) || (BODY_WORD.test(first) && /^\S+ (?:of|for) /.test(name))) return 'organization';
  if (PLACE_WORD.test(last)) return 'place';
  return undefined;
}

export function isMasthead(name: string): boolean {
  return name.split(/\s+/).length >= 2 && MASTHEAD.test(lastWord(name));
}

/** The type most mentions give a name: a ship if any says so (its prefix is sure), else the likelier of place and body. */
export function mostVoted(v: Readonly<Record<NameType, number>>): NameType {
  if (v.vessel) return 'vessel';
  if (v.organization || v.place) return v.organization > v.place ? 'organization' : 'place';
  return 'name';
}

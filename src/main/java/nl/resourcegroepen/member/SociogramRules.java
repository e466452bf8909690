package nl.resourcegroepen.member;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.resourcegroepen.record.RecordRejected;

/**
 * What the sociogram may hold, the same for its form and the API: every person has a name, the relation
 * and closeness are one of the form's choices, and texts fit (names 200, texts 4000, as elsewhere in the
 * record). Messages name the person's number and the limit, never content.
 */
final class SociogramRules {

  static final int MAX_PEOPLE = 100;
  static final int MAX_NAME = MemberRules.MAX_NAME;
  /** "Wie is dit voor je" is a relation, like a member's. */
  static final int MAX_RELATION = MemberRules.MAX_NAME;
  static final int MAX_TEXT = 4000;

  /** The choices of the form's "Soort relatie": the group roles of family, naasten, professionals, peer experts. */
  static final Set<String> RELATION_TYPES = Stream.of(MemberRole.FAMILY, MemberRole.SIGNIFICANT_OTHER,
      MemberRole.PROFESSIONAL, MemberRole.PEER_EXPERT).map(MemberRole::code).collect(Collectors.toSet());
  /** The choices of the form's "Hoe dichtbij". */
  static final Set<String> CLOSENESS = Set.of("close", "middle", "distant");

  private SociogramRules() {
  }

  /**
   * Refuses the sociogram if a rule is broken.
   *
   * @param people normalized entries (a null entry is a person without anything filled in)
   * @param list the name of the list in the field names of the messages: {@code sociogramPeople} in the
   *     form, {@code people} in the API
   * @throws RecordRejected 400 with every broken rule per field
   */
  static void check(List<SociogramEntry> people, String list) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (people.size() > MAX_PEOPLE) {
      errors.put(list, "Maximaal " + MAX_PEOPLE + " personen in het sociogram");
    }
    for (int i = 0; i < people.size(); i++) {
      SociogramEntry person = people.get(i);
      String field = list + "[" + i + "].";
      String label = "Persoon " + (i + 1);
      String name = person == null ? null : person.name();
      if (name == null) {
        errors.put(field + "name", label + ": vul een naam in");
      } else if (name.length() > MAX_NAME) {
        errors.put(field + "name", label + ": de naam is te lang (maximaal " + MAX_NAME + " tekens)");
      }
      if (person == null) {
        continue;
      }
      if (tooLong(person.relationDescription(), MAX_RELATION)) {
        errors.put(field + "relationDescription", label + ": wie deze persoon is, is te lang (maximaal "
            + MAX_RELATION + " tekens)");
      }
      if (person.relationType() != null && !RELATION_TYPES.contains(person.relationType())) {
        errors.put(field + "relationType", label + ": onbekende soort relatie; kies family (familie), "
            + "significantOther (naaste), professional of peerExpert (ervaringsdeskundige)");
      }
      if (person.closeness() != null && !CLOSENESS.contains(person.closeness())) {
        errors.put(field + "closeness", label + ": onbekend hoe dichtbij; kies close (dichtbij), middle (tussenin) "
            + "of distant (verder weg)");
      }
      if (tooLong(person.meaning(), MAX_TEXT)) {
        errors.put(field + "meaning", label + ": wat deze persoon betekent, is te lang (maximaal " + MAX_TEXT
            + " tekens)");
      }
    }
    if (!errors.isEmpty()) {
      throw new RecordRejected("Het sociogram", errors);
    }
  }

  private static boolean tooLong(String value, int max) {
    return value != null && value.length() > max;
  }
}

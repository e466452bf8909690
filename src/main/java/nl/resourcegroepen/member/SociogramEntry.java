package nl.resourcegroepen.member;

import java.util.Comparator;

/**
 * One person in the sociogram as it is drawn: what the API receives ({@code PUT …/sociogram}), what the form
 * gives and what the history keeps of each version. Texts are trimmed, empty texts are no value.
 */
record SociogramEntry(String name, String relationDescription, String relationType, String closeness,
    String meaning, boolean possibleMember) {

  /** One order for reading, answering and comparing versions, so a redrawn list in another order is no change. */
  static final Comparator<SociogramEntry> ORDER = Comparator
      .comparing(SociogramEntry::name, Comparator.nullsFirst(String.CASE_INSENSITIVE_ORDER
          .thenComparing(Comparator.naturalOrder())))
      .thenComparing(SociogramEntry::relationDescription, Comparator.nullsFirst(Comparator.naturalOrder()))
      .thenComparing(SociogramEntry::relationType, Comparator.nullsFirst(Comparator.naturalOrder()))
      .thenComparing(SociogramEntry::closeness, Comparator.nullsFirst(Comparator.naturalOrder()))
      .thenComparing(SociogramEntry::meaning, Comparator.nullsFirst(Comparator.naturalOrder()))
      .thenComparing(SociogramEntry::possibleMember);

  static SociogramEntry of(SociogramPerson person) {
    return new SociogramEntry(person.getName(), person.getRelationDescription(), person.getRelationType(),
        person.getCloseness(), person.getMeaning(), person.isPossibleMember());
  }

  SociogramEntry normalized() {
    return new SociogramEntry(text(name), text(relationDescription), text(relationType), text(closeness),
        text(meaning), possibleMember);
  }

  static String text(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString().strip();
  }
}

package nl.resourcegroepen.meeting;

import com.fasterxml.jackson.annotation.JsonCreator;

/** The kinds of meeting the method has. */
public enum MeetingType {
  START("startbijeenkomst", "start"),
  FOLLOW_UP("vervolgbijeenkomst", "vervolg"),
  THEME("themabijeenkomst", "thema"),
  HANDOVER("overdrachtsbijeenkomst", "overdracht");

  private final String dutchName;
  private final String shortDutchName;

  MeetingType(String dutchName, String shortDutchName) {
    this.dutchName = dutchName;
    this.shortDutchName = shortDutchName;
  }

  public String dutchName() {
    return dutchName;
  }

  /** From the API: the name ({@code FOLLOW_UP}) or the Dutch word ({@code vervolg}). */
  @JsonCreator
  static MeetingType of(String value) {
    for (MeetingType type : values()) {
      if (type.name().equalsIgnoreCase(value) || type.shortDutchName.equalsIgnoreCase(value)
          || type.dutchName.equalsIgnoreCase(value)) {
        return type;
      }
    }
    throw new IllegalArgumentException(
        "Onbekende soort bijeenkomst; kies START, FOLLOW_UP, THEME of HANDOVER (start, vervolg, thema, overdracht)");
  }
}

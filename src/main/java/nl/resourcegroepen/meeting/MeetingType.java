package nl.resourcegroepen.meeting;

/** The kinds of meeting the method has. */
public enum MeetingType {
  START("startbijeenkomst"),
  FOLLOW_UP("vervolgbijeenkomst"),
  THEME("themabijeenkomst"),
  HANDOVER("overdrachtsbijeenkomst");

  private final String dutchName;

  MeetingType(String dutchName) {
    this.dutchName = dutchName;
  }

  public String dutchName() {
    return dutchName;
  }
}

package nl.resourcegroepen.trajectory;

/** The six phases of the method, and the end of a trajectory. */
public enum Phase {
  PREPARATION(1, "Voorbereiding"),
  IN_DEPTH(2, "Verdieping"),
  PLANNING(3, "Planning"),
  START(4, "Start"),
  FOLLOW_UP(5, "Vervolg- en themabijeenkomsten"),
  REORIENTATION(6, "Heroriëntatie"),
  CLOSED(7, "Afgesloten");

  private final int number;
  private final String dutchName;

  Phase(int number, String dutchName) {
    this.number = number;
    this.dutchName = dutchName;
  }

  public int number() {
    return number;
  }

  public String dutchName() {
    return dutchName;
  }
}

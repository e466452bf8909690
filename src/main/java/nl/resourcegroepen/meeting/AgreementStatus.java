package nl.resourcegroepen.meeting;

/** Where an agreement stands, as reviewed in the next meeting. */
public enum AgreementStatus {
  OPEN("loopt"),
  DONE("gedaan"),
  DROPPED("vervallen");

  private final String dutchName;

  AgreementStatus(String dutchName) {
    this.dutchName = dutchName;
  }

  public String dutchName() {
    return dutchName;
  }
}

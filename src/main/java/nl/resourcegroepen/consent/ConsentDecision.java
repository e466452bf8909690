package nl.resourcegroepen.consent;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** What a client decided for one domain; the code is the form's value. */
public enum ConsentDecision {
  GIVEN("yes", "toestemming"),
  REFUSED("no", "geen toestemming"),
  UNDECIDED("undecided", "nog niet besloten");

  private final String code;
  private final String dutchName;

  ConsentDecision(String code, String dutchName) {
    this.code = code;
    this.dutchName = dutchName;
  }

  @JsonValue
  public String code() {
    return code;
  }

  public String dutchName() {
    return dutchName;
  }

  static Optional<ConsentDecision> fromCode(String code) {
    return Arrays.stream(values()).filter(d -> d.code.equals(code)).findFirst();
  }
}

package nl.resourcegroepen.trajectory;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** The care setting a trajectory runs in; its code is the process variable {@code setting}. */
public enum Setting {
  GGZ("ggz", "ggz/FACT"),
  ADDICTION_CARE("addictionCare", "verslavingszorg"),
  YOUTH_CARE("youthCare", "jeugd"),
  NEIGHBOURHOOD_TEAM("neighbourhoodTeam", "wijkteam");

  private final String code;
  private final String dutchName;

  Setting(String code, String dutchName) {
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

  @JsonCreator
  public static Setting fromCode(String code) {
    return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Onbekende setting '" + code
            + "'; kies uit ggz, addictionCare, youthCare, neighbourhoodTeam"));
  }
}

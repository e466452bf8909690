package nl.resourcegroepen.member;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** The role a member has in the resource group; the code is what forms and the API use. */
public enum MemberRole {
  CLIENT("client", "cliënt"),
  CARE_COORDINATOR("careCoordinator", "regieondersteuner"),
  RESPONSIBLE_CLINICIAN("responsibleClinician", "zorgverantwoordelijke"),
  FAMILY("family", "familie"),
  SIGNIFICANT_OTHER("significantOther", "naaste"),
  PROFESSIONAL("professional", "professional"),
  PEER_EXPERT("peerExpert", "ervaringsdeskundige"),
  SCHOOL_OR_MENTOR("schoolOrMentor", "school of mentor");

  private final String code;
  private final String dutchName;

  MemberRole(String code, String dutchName) {
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

  public static Optional<MemberRole> fromCode(String code) {
    return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
  }
}

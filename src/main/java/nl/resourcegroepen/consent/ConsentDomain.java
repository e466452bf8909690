package nl.resourcegroepen.consent;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The domains whose professionals may work together in a wijkteam's resource group, and with which a
 * client may or may not let information be shared. The form keys are {@code consent<Suffix>} and
 * {@code consent<Suffix>Detail} (forms/README.md).
 */
public enum ConsentDomain {
  CARE("care", "Care", "zorg"),
  WELFARE("welfare", "Welfare", "welzijn"),
  WORK_AND_INCOME("workAndIncome", "WorkAndIncome", "werk en inkomen"),
  SCHOOL("school", "School", "school"),
  HOUSING("housing", "Housing", "wonen");

  private final String code;
  private final String formSuffix;
  private final String dutchName;

  ConsentDomain(String code, String formSuffix, String dutchName) {
    this.code = code;
    this.formSuffix = formSuffix;
    this.dutchName = dutchName;
  }

  @JsonValue
  public String code() {
    return code;
  }

  public String dutchName() {
    return dutchName;
  }

  /** The form field with the client's decision for this domain. */
  String decisionKey() {
    return "consent" + formSuffix;
  }

  /** The form field with whom information may be shared in this domain, and any limits. */
  String detailKey() {
    return decisionKey() + "Detail";
  }
}

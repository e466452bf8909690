package nl.resourcegroepen.youth;

import java.util.Arrays;
import java.util.Optional;

/**
 * Who consents to a young person's resource group, by age (jeugd): under 12 the parents or guardians,
 * 12 to 15 the young person and the parents together, from 16 the young person. The code is the routing
 * flag {@code consentBy}.
 */
public enum ConsentBy {
  PARENTS("parents", "de ouders/verzorgers"),
  BOTH("both", "de jongere en de ouders/verzorgers"),
  YOUNG_PERSON("youngPerson", "de jongere");

  private final String code;
  private final String dutchName;

  ConsentBy(String code, String dutchName) {
    this.code = code;
    this.dutchName = dutchName;
  }

  public String code() {
    return code;
  }

  public String dutchName() {
    return dutchName;
  }

  /**
   * Who consents at this age in whole years. Without a known age both are asked: asking the parents as
   * well as the young person is the careful choice when it is not clear who decides.
   */
  public static ConsentBy forAge(Integer age) {
    if (age == null) {
      return BOTH;
    }
    if (age < 12) {
      return PARENTS;
    }
    return age < 16 ? BOTH : YOUNG_PERSON;
  }

  public static Optional<ConsentBy> fromCode(String code) {
    return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
  }
}

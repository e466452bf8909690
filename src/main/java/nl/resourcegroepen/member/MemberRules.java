package nl.resourcegroepen.member;

import java.util.Set;

/** What a member record may hold (the columns of {@code member}) and who joins without an interview. */
final class MemberRules {

  static final int MAX_NAME = 200;
  static final int MAX_CONTACT = 400;

  /** The care team is in the group from the start; everybody else after the in-depth interview. */
  static final Set<MemberRole> CARE_TEAM = Set.of(MemberRole.CLIENT, MemberRole.CARE_COORDINATOR,
      MemberRole.RESPONSIBLE_CLINICIAN);

  private MemberRules() {
  }
}

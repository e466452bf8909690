package nl.resourcegroepen.member;

/** Where a member is in joining the group. */
public enum MemberStatus {
  /** Named by the client; still to be approached and invited. */
  NOMINATED,
  /** Accepted the invitation; in-depth interview to follow. */
  ACCEPTED,
  /** Declined the invitation. */
  DECLINED,
  /** In the group (the client and care coordinator from the start; others after their interview). */
  ACTIVE,
  /** Left the group. */
  LEFT
}

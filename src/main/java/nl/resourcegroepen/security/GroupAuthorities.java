package nl.resourcegroepen.security;

import org.springframework.security.core.Authentication;

/** A user's engine groups as Spring Security authorities: {@code GROUP_<id>}. */
public final class GroupAuthorities {

  private GroupAuthorities() {
  }

  static String of(String groupId) {
    return "GROUP_" + groupId;
  }

  /** Whether the logged-in user is in the group (a role such as {@code implementatieleider}, or a team). */
  public static boolean has(Authentication user, String groupId) {
    return user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(of(groupId)));
  }
}

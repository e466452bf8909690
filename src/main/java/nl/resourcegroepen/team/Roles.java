package nl.resourcegroepen.team;

/** The role groups. A user has one or more roles and belongs to one or more teams. */
public final class Roles {

  public static final String CARE_COORDINATOR = "regieondersteuner";
  public static final String RESPONSIBLE_CLINICIAN = "zorgverantwoordelijke";
  public static final String TEAM_COORDINATOR = "teamcoordinator";
  public static final String MANAGER = "manager";
  public static final String IMPLEMENTATION_LEAD = "implementatieleider";
  public static final String ADMINISTRATOR = "beheerder";
  /** Camunda's own administrators group: full rights in the Camunda webapps. */
  public static final String CAMUNDA_ADMIN = "camunda-admin";

  public static final String ROLE_GROUP_TYPE = "rol";
  public static final String TEAM_GROUP_TYPE = "team";
  public static final String COORDINATORS_GROUP_TYPE = "teamcoordinatie";
  /** The managers of a team: they see the team's figures in the reports. */
  public static final String MANAGERS_GROUP_TYPE = "teammanagement";

  private Roles() {
  }
}

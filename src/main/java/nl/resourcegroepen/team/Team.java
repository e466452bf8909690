package nl.resourcegroepen.team;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.resourcegroepen.trajectory.Setting;

/**
 * A care team. Its id is also the id of the Camunda group whose members work the team's tasks; the
 * team's coordinators form a group of their own, which gets the escalations, and so do the managers who
 * manage the team (they see its figures, never its care content).
 */
@Entity
@Table(name = "team")
public class Team {

  @Id
  private String id;

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Setting setting;

  @Column(name = "coordinators_group", nullable = false)
  private String coordinatorsGroup;

  @Column(name = "managers_group", nullable = false)
  private String managersGroup;

  protected Team() {
  }

  public Team(String id, String name, Setting setting, String coordinatorsGroup, String managersGroup) {
    this.id = id;
    this.name = name;
    this.setting = setting;
    this.coordinatorsGroup = coordinatorsGroup;
    this.managersGroup = managersGroup;
  }

  public String getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public Setting getSetting() {
    return setting;
  }

  public String getCoordinatorsGroup() {
    return coordinatorsGroup;
  }

  /** The Camunda group of the managers who manage this team. */
  public String getManagersGroup() {
    return managersGroup;
  }
}

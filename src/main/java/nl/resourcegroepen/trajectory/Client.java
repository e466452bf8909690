package nl.resourcegroepen.trajectory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A client. The name is stored here and nowhere else; everything else (the engine included) refers to
 * the client by id or pseudonym.
 */
@Entity
@Table(name = "client")
public class Client {

  @Id
  private String id;

  @Column(nullable = false, unique = true)
  private String pseudonym;

  @Column(nullable = false)
  private String name;

  @Column(name = "birth_date")
  private LocalDate birthDate;

  @Column(nullable = false)
  private String team;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Client() {
  }

  Client(String pseudonym, String name, LocalDate birthDate, String team, Instant createdAt) {
    this.id = UUID.randomUUID().toString();
    this.pseudonym = pseudonym;
    this.name = name;
    this.birthDate = birthDate;
    this.team = team;
    this.createdAt = createdAt;
  }

  public String getId() {
    return id;
  }

  public String getPseudonym() {
    return pseudonym;
  }

  public String getName() {
    return name;
  }

  public LocalDate getBirthDate() {
    return birthDate;
  }

  public String getTeam() {
    return team;
  }
}

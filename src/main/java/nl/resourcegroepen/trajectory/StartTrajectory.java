package nl.resourcegroepen.trajectory;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Request to start a trajectory: for an existing client (by pseudonym) or a new one, in a setting
 * (default: the team's setting), for a team, with a care coordinator (default: the user who starts it).
 */
public record StartTrajectory(
    @Size(max = 16, message = "Het pseudoniem is te lang") String clientPseudonym,
    @Valid NewClient newClient,
    Setting setting,
    @NotBlank(message = "Kies een team") @Size(max = 64, message = "Team-id is te lang") String team,
    @Size(max = 64, message = "Gebruikers-id is te lang") String careCoordinator) {

  public record NewClient(
      @NotBlank(message = "Vul de naam van de cliënt in") @Size(max = 200, message = "De naam is te lang (maximaal 200 tekens)") String name,
      @Past(message = "De geboortedatum ligt in de toekomst") LocalDate birthDate) {
  }
}

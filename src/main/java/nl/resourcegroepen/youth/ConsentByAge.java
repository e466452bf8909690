package nl.resourcegroepen.youth;

import java.time.LocalDate;
import java.time.Period;
import nl.resourcegroepen.engine.EngineClock;
import nl.resourcegroepen.engine.ProcessBuildingBlock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task (jeugd): who has to consent, from the young person's age on the day of the step. Reads the
 * birth date from the care record and sets only the routing flag {@code consentBy} ({@code parents},
 * {@code both} or {@code youngPerson}); without a birth date {@code both}.
 */
@Component("consentByAge")
@ProcessBuildingBlock(value = "Bepaalt naar de leeftijd van de jongere wie toestemming geeft: jonger dan 12 de ouders/verzorgers, 12 t/m 15 de jongere en de ouders/verzorgers, vanaf 16 de jongere (jeugd)",
    inputs = {"trajectoryId", "dossier: geboortedatum van de cliënt, op de dag van de stap"},
    outputs = "consentBy: parents, both (ook als de geboortedatum onbekend is) of youngPerson")
public class ConsentByAge implements JavaDelegate {

  private final BirthDates birthDates;

  public ConsentByAge(BirthDates birthDates) {
    this.birthDates = birthDates;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String trajectoryId = (String) execution.getVariable("trajectoryId");
    LocalDate today = LocalDate.ofInstant(EngineClock.now(), EngineClock.ZONE);
    Integer age = birthDates.of(trajectoryId).map(born -> Period.between(born, today).getYears()).orElse(null);
    execution.setVariable("consentBy", ConsentBy.forAge(age).code());
  }
}

package nl.resourcegroepen.youth;

import nl.resourcegroepen.engine.ProcessBuildingBlock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Expression bean (jeugd): whether consent for the resource group was given, by everyone who had to give
 * it, according to the consent last recorded. Used on the gateway after the consent step as
 * {@code ${youthConsent.given(trajectoryId)}}: the answers stay in the care record.
 */
@Component("youthConsent")
@ProcessBuildingBlock(value = "Of de jongere en/of de ouders/verzorgers (naar leeftijd) toestemming gaven, volgens de laatst vastgelegde toestemming (jeugd)",
    inputs = {"trajectoryId (argument van de methode)", "dossier: de laatst vastgelegde toestemming"},
    outputs = "youthConsent.given(trajectoryId): true of false")
public class YouthConsent {

  private final YouthConsentRepository consents;

  YouthConsent(YouthConsentRepository consents) {
    this.consents = consents;
  }

  @Transactional(readOnly = true)
  public boolean given(String trajectoryId) {
    return consents.findFirstByTrajectoryIdOrderByRecordedAtDescIdDesc(trajectoryId)
        .map(YouthConsentRecord::isGiven).orElse(false);
  }
}

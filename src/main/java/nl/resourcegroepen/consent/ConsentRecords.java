package nl.resourcegroepen.consent;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.resourcegroepen.record.FormDataHandler;
import nl.resourcegroepen.record.RecordRejected;
import nl.resourcegroepen.record.SubmittedForm;
import org.springframework.stereotype.Component;

/**
 * Keeps the client's consent per domain from the forms that ask for it: the consent step of the wijkteam's
 * preparation (every domain) and the referral to the ggz (the domain zorg). Only the routing flag
 * {@code consentComplete} stays in the engine; the decisions, with whom and who recorded them when, are
 * stored here.
 */
@Component
class ConsentRecords implements FormDataHandler {

  static final String CONSENT_FORM = "domain-consent";
  static final String REFERRAL_FORM = "step-up-referral";
  static final String COMPLETE_FLAG = "consentComplete";
  private static final String COMPLETE_LABEL = "‘De cliënt heeft over elk domein besloten’";

  private final DomainConsentRepository consents;

  ConsentRecords(DomainConsentRepository consents) {
    this.consents = consents;
  }

  @Override
  public Set<String> formIds() {
    return Set.of(CONSENT_FORM, REFERRAL_FORM);
  }

  @Override
  public void handle(SubmittedForm form) {
    Map<String, String> errors = new LinkedHashMap<>();
    Map<ConsentDomain, ConsentDecision> decisions = new EnumMap<>(ConsentDomain.class);
    for (ConsentDomain domain : ConsentDomain.values()) {
      String value = form.text(domain.decisionKey());
      if (value != null) {
        ConsentDecision.fromCode(value).ifPresentOrElse(d -> decisions.put(domain, d), () -> errors.put(
            domain.decisionKey(), capitalised(domain) + ": kies toestemming, geen toestemming of nog niet besloten"));
      }
      String detail = form.text(domain.detailKey());
      if (detail != null && detail.length() > 4000) {
        errors.put(domain.detailKey(), capitalised(domain) + ": maximaal 4000 tekens");
      }
    }
    if (CONSENT_FORM.equals(form.formId())) {
      // Completing the consent may answer only the domains still open: earlier decisions count too.
      Map<ConsentDomain, ConsentDecision> after = new EnumMap<>(ConsentDomain.class);
      consents.findByTrajectoryIdOrderByRecordedAtAscDomainAsc(form.trajectoryId())
          .forEach(c -> after.put(c.getDomain(), c.getDecision()));
      after.putAll(decisions);
      checkComplete(form.isTrue(COMPLETE_FLAG), after, errors);
    }
    LocalDate discussedOn = date(form, errors);
    if (form.submittedBy() == null) {
      errors.put("submittedBy", "Onbekend wie de toestemming vastlegt; wijs de taak eerst toe");
    }
    if (!errors.isEmpty()) {
      throw new RecordRejected("De toestemming", errors);
    }
    decisions.forEach((domain, decision) -> consents.save(new DomainConsent(form.trajectoryId(), form.team(), domain,
        decision, form.text(domain.detailKey()), discussedOn, form.formId(), form.submittedBy(), form.submittedAt())));
  }

  /**
   * The routing flag must say what the answers say: ticked only when every domain is a yes or a no (with
   * this form's answers), so the preparation neither skips an open decision nor asks again when all are taken.
   */
  private static void checkComplete(boolean complete, Map<ConsentDomain, ConsentDecision> decisions,
      Map<String, String> errors) {
    List<ConsentDomain> open = Arrays.stream(ConsentDomain.values())
        .filter(d -> decisions.getOrDefault(d, ConsentDecision.UNDECIDED) == ConsentDecision.UNDECIDED)
        .toList();
    if (complete && !open.isEmpty()) {
      errors.put(COMPLETE_FLAG, "Nog niet besloten over " + open.stream().map(ConsentDomain::dutchName)
          .collect(Collectors.joining(", ")) + ": kies daar ja of nee, of vink " + COMPLETE_LABEL + " uit");
    } else if (!complete && open.isEmpty()) {
      errors.put(COMPLETE_FLAG, "Over elk domein is besloten: vink " + COMPLETE_LABEL + " aan");
    }
  }

  /** The day the consent was discussed with the client: the conversation, or the referral. */
  private static LocalDate date(SubmittedForm form, Map<String, String> errors) {
    String key = CONSENT_FORM.equals(form.formId()) ? "discussionDate" : "referralDate";
    try {
      return form.date(key);
    } catch (DateTimeParseException e) {
      errors.put(key, "De datum is geen geldige datum (JJJJ-MM-DD)");
      return null;
    }
  }

  private static String capitalised(ConsentDomain domain) {
    String name = domain.dutchName();
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}

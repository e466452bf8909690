package nl.resourcegroepen.youth;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import nl.resourcegroepen.engine.EngineClock;
import nl.resourcegroepen.record.FormDataHandler;
import nl.resourcegroepen.record.RecordRejected;
import nl.resourcegroepen.record.SubmittedForm;
import org.springframework.stereotype.Component;

/**
 * Keeps the consent forms of the jeugd preparation as consent records. Each form belongs to one age group
 * and asks exactly the people who decide at that age; an answer missing or not yes/no refuses the form
 * (the task stays open, nothing is stored).
 */
@Component
class YouthConsentRecords implements FormDataHandler {

  static final Map<String, ConsentBy> FORMS = Map.of(
      "youth-consent-parents", ConsentBy.PARENTS,
      "youth-consent-both", ConsentBy.BOTH,
      "youth-consent-young-person", ConsentBy.YOUNG_PERSON);

  private final YouthConsentRepository consents;

  YouthConsentRecords(YouthConsentRepository consents) {
    this.consents = consents;
  }

  @Override
  public Set<String> formIds() {
    return FORMS.keySet();
  }

  @Override
  public void handle(SubmittedForm form) {
    ConsentBy consentBy = FORMS.get(form.formId());
    Map<String, String> errors = new LinkedHashMap<>();
    Boolean youngPerson = consentBy == ConsentBy.PARENTS ? null
        : answer(form, "youngPersonConsent", "Geeft de jongere toestemming? Kies ja of nee", errors);
    Boolean parents = consentBy == ConsentBy.YOUNG_PERSON ? null
        : answer(form, "parentsConsent", "Geven de ouders/verzorgers toestemming? Kies ja of nee", errors);
    String parentNames = form.text("parentNames");
    if (consentBy != ConsentBy.YOUNG_PERSON && parentNames == null) {
      errors.put("parentNames", "Vul in wie van de ouders/verzorgers heeft geantwoord");
    } else if (parentNames != null && parentNames.length() > 400) {
      errors.put("parentNames", "De namen van de ouders/verzorgers zijn te lang (maximaal 400 tekens)");
    }
    LocalDate date = date(form, errors);
    String notes = form.text("consentNotes");
    if (notes != null && notes.length() > 4000) {
      errors.put("consentNotes", "De toelichting is te lang (maximaal 4000 tekens)");
    }
    if (!errors.isEmpty()) {
      throw new RecordRejected("De toestemming", errors);
    }
    consents.save(new YouthConsentRecord(form.trajectoryId(), form.team(), consentBy, youngPerson, parents,
        consentBy == ConsentBy.YOUNG_PERSON ? null : parentNames, date, notes, form.submittedBy(), form.submittedAt()));
  }

  private static Boolean answer(SubmittedForm form, String key, String message, Map<String, String> errors) {
    Object value = form.values().get(key);
    if (value instanceof Boolean b) {
      return b;
    }
    if ("true".equals(String.valueOf(value)) || "false".equals(String.valueOf(value))) {
      return Boolean.valueOf(String.valueOf(value));
    }
    errors.put(key, message);
    return null;
  }

  private static LocalDate date(SubmittedForm form, Map<String, String> errors) {
    try {
      LocalDate date = form.date("consentDate");
      if (date == null) {
        errors.put("consentDate", "Vul de datum van de toestemming in");
      } else if (date.isAfter(LocalDate.ofInstant(EngineClock.now(), EngineClock.ZONE))) {
        errors.put("consentDate", "De datum van de toestemming ligt in de toekomst");
      }
      return date;
    } catch (DateTimeParseException e) {
      errors.put("consentDate", "De datum van de toestemming is geen geldige datum (JJJJ-MM-DD)");
      return null;
    }
  }
}

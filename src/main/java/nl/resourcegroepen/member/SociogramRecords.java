package nl.resourcegroepen.member;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.resourcegroepen.record.FormDataHandler;
import nl.resourcegroepen.record.SubmittedForm;
import org.springframework.stereotype.Component;

/**
 * The sociogram from its form: each submission replaces the people ({@link Sociograms}, which keeps the
 * earlier version in the history). Rows the form left empty are no person.
 */
@Component
class SociogramRecords implements FormDataHandler {

  static final String FORM = "sociogram";
  static final String PEOPLE = "sociogramPeople";

  private final Sociograms sociograms;

  SociogramRecords(Sociograms sociograms) {
    this.sociograms = sociograms;
  }

  @Override
  public Set<String> formIds() {
    return Set.of(FORM);
  }

  @Override
  public void handle(SubmittedForm form) {
    List<SociogramEntry> people = form.rows(PEOPLE).stream()
        .filter(row -> row.values().stream().anyMatch(v -> v != null && !v.toString().isBlank() && !"false".equals(v.toString())))
        .map(SociogramRecords::entry)
        .toList();
    sociograms.draw(form.trajectoryId(), form.team(), people, PEOPLE, form.submittedBy(), form.submittedAt(),
        form.formId() + "/" + form.taskDefinitionKey());
  }

  private static SociogramEntry entry(Map<String, Object> row) {
    return new SociogramEntry(SociogramEntry.text(row.get("name")), SociogramEntry.text(row.get("relationDescription")),
        SociogramEntry.text(row.get("relationType")), SociogramEntry.text(row.get("closeness")),
        SociogramEntry.text(row.get("meaning")), Boolean.TRUE.equals(row.get("possibleMember")));
  }
}

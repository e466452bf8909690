package nl.resourcegroepen.member;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.resourcegroepen.record.FormDataHandler;
import nl.resourcegroepen.record.RecordRejected;
import nl.resourcegroepen.record.SubmittedForm;
import org.springframework.stereotype.Component;

/**
 * The sociogram as last drawn: each submission of the form replaces the people (earlier versions stay
 * in the record's form history).
 */
@Component
class SociogramRecords implements FormDataHandler {

  private final SociogramRepository people;

  SociogramRecords(SociogramRepository people) {
    this.people = people;
  }

  @Override
  public Set<String> formIds() {
    return Set.of("sociogram");
  }

  @Override
  public void handle(SubmittedForm form) {
    List<Map<String, Object>> rows = form.rows("sociogramPeople").stream()
        .filter(row -> row.values().stream().anyMatch(v -> v != null && !v.toString().isBlank() && !"false".equals(v.toString())))
        .toList();
    Map<String, String> errors = new LinkedHashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      String name = text(rows.get(i).get("name"));
      if (name == null) {
        errors.put("sociogramPeople[" + i + "].name", "Persoon " + (i + 1) + ": vul een naam in");
      } else if (name.length() > 200) {
        errors.put("sociogramPeople[" + i + "].name", "Persoon " + (i + 1) + ": de naam is te lang");
      }
    }
    if (!errors.isEmpty()) {
      throw new RecordRejected("Het sociogram", errors);
    }
    people.deleteByTrajectoryId(form.trajectoryId());
    for (Map<String, Object> row : rows) {
      people.save(new SociogramPerson(form.trajectoryId(), form.team(), text(row.get("name")),
          text(row.get("relationDescription")), text(row.get("relationType")), text(row.get("closeness")),
          text(row.get("meaning")), Boolean.TRUE.equals(row.get("possibleMember")), form.submittedAt()));
    }
  }

  private static String text(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }
}

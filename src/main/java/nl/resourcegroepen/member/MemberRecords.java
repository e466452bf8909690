package nl.resourcegroepen.member;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.resourcegroepen.record.FormDataHandler;
import nl.resourcegroepen.record.SubmittedForm;
import org.springframework.stereotype.Component;

/**
 * Keeps the members of a group from the forms: nominations (phase 1, a renomination after a decline,
 * new members in phase 5) add nominees; the nominee's response and the finished in-depth interview move
 * them on.
 */
@Component
class MemberRecords implements FormDataHandler {

  static final Set<String> NOMINATING_FORMS = Set.of("nomination", "renomination", "next-meeting-plan",
      "nomination-youthCare", "nomination-addictionCare");
  static final String RESPONSE_FORM = "nominee-response";
  static final String INTERVIEW_DONE_FORM = "interview-feedback";

  private final Membership membership;

  MemberRecords(Membership membership) {
    this.membership = membership;
  }

  @Override
  public Set<String> formIds() {
    return Stream.concat(NOMINATING_FORMS.stream(), Stream.of(RESPONSE_FORM, INTERVIEW_DONE_FORM))
        .collect(Collectors.toSet());
  }

  @Override
  public void handle(SubmittedForm form) {
    String source = form.formId() + "/" + form.taskDefinitionKey();
    switch (form.formId()) {
      case RESPONSE_FORM -> membership.respond(form.memberId(), form.isTrue("nomineeAccepted"), form.submittedBy(),
          form.submittedAt(), source);
      case INTERVIEW_DONE_FORM -> membership.activate(form.memberId(), form.submittedBy(), form.submittedAt(), source);
      default -> nominate(form, source);
    }
  }

  private void nominate(SubmittedForm form, String source) {
    // Set.add is false for a name already in the group: nobody is nominated twice.
    Set<String> names = membership.memberNames(form.trajectoryId());
    for (Map<String, Object> row : form.rows("nominees")) {
      String name = text(row.get("name"));
      if (name == null || !names.add(name.toLowerCase(Locale.ROOT))) {
        continue;
      }
      MemberRole role = MemberRole.fromCode(text(row.get("relationType"))).orElse(MemberRole.SIGNIFICANT_OTHER);
      String contact = Stream.of(text(row.get("phone")), text(row.get("email")))
          .filter(v -> v != null).collect(Collectors.joining(", "));
      membership.nominate(form.trajectoryId(), form.team(), name, role, text(row.get("relationDescription")),
          contact.isEmpty() ? null : contact, MemberStatus.NOMINATED, form.submittedBy(), form.submittedAt(), source);
    }
    String clinician = form.text("responsibleClinicianName");
    if (clinician != null && names.add(clinician.toLowerCase(Locale.ROOT))) {
      // The zorgverantwoordelijke is part of the care team: a member without an invitation round.
      membership.nominate(form.trajectoryId(), form.team(), clinician, MemberRole.RESPONSIBLE_CLINICIAN, null, null,
          MemberStatus.ACTIVE, form.submittedBy(), form.submittedAt(), source);
    }
    // In the verslavingszorg a peer expert is proposed unless the client declines (nomination-addictionCare).
    String peerExpert = form.isTrue("peerExpertDeclined") ? null : form.text("peerExpertName");
    if (peerExpert != null && names.add(peerExpert.toLowerCase(Locale.ROOT))) {
      membership.nominate(form.trajectoryId(), form.team(), peerExpert, MemberRole.PEER_EXPERT, null, null,
          MemberStatus.NOMINATED, form.submittedBy(), form.submittedAt(), source);
    }
  }

  private static String text(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }
}

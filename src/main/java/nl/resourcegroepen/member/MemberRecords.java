package nl.resourcegroepen.member;

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
      "nomination-addictionCare");
  static final String RESPONSE_FORM = "nominee-response";
  static final String INTERVIEW_DONE_FORM = "interview-feedback";

  private final MemberRepository members;

  MemberRecords(MemberRepository members) {
    this.members = members;
  }

  @Override
  public Set<String> formIds() {
    return Stream.concat(NOMINATING_FORMS.stream(), Stream.of(RESPONSE_FORM, INTERVIEW_DONE_FORM))
        .collect(Collectors.toSet());
  }

  @Override
  public void handle(SubmittedForm form) {
    switch (form.formId()) {
      case RESPONSE_FORM -> member(form).respond(form.isTrue("nomineeAccepted"), form.submittedAt());
      case INTERVIEW_DONE_FORM -> member(form).activate(form.submittedAt());
      default -> nominate(form);
    }
  }

  private void nominate(SubmittedForm form) {
    Set<String> known = members.findByTrajectoryIdOrderByNominatedAtAscIdAsc(form.trajectoryId()).stream()
        .map(m -> m.getName().toLowerCase()).collect(Collectors.toSet());
    for (Map<String, Object> row : form.rows("nominees")) {
      String name = text(row.get("name"));
      if (name == null || !known.add(name.toLowerCase())) {
        continue;
      }
      MemberRole role = MemberRole.fromCode(text(row.get("relationType"))).orElse(MemberRole.SIGNIFICANT_OTHER);
      String contact = Stream.of(text(row.get("phone")), text(row.get("email")))
          .filter(v -> v != null).collect(Collectors.joining(", "));
      members.save(new Member(form.trajectoryId(), form.team(), name, role, text(row.get("relationDescription")),
          contact.isEmpty() ? null : contact, MemberStatus.NOMINATED, form.submittedAt()));
    }
    String clinician = form.text("responsibleClinicianName");
    if (clinician != null && known.add(clinician.toLowerCase())) {
      // The zorgverantwoordelijke is part of the care team: a member without an invitation round.
      members.save(new Member(form.trajectoryId(), form.team(), clinician, MemberRole.RESPONSIBLE_CLINICIAN,
          null, null, MemberStatus.ACTIVE, form.submittedAt()));
    }
    // In the verslavingszorg a peer expert is proposed unless the client declines (nomination-addictionCare).
    String peerExpert = form.isTrue("peerExpertDeclined") ? null : form.text("peerExpertName");
    if (peerExpert != null && known.add(peerExpert.toLowerCase())) {
      members.save(new Member(form.trajectoryId(), form.team(), peerExpert, MemberRole.PEER_EXPERT,
          null, null, MemberStatus.NOMINATED, form.submittedAt()));
    }
  }

  private Member member(SubmittedForm form) {
    if (form.memberId() == null) {
      throw new IllegalStateException("Formulier " + form.formId() + " hoort bij een lid, maar er is geen memberId");
    }
    return members.findById(form.memberId())
        .orElseThrow(() -> new IllegalStateException("Onbekend lid " + form.memberId()));
  }

  private static String text(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }
}

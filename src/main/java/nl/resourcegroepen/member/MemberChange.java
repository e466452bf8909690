package nl.resourcegroepen.member;

import jakarta.validation.constraints.Size;

/** A change to a member: leaves the group, or comes back; new contact details (empty clears them). */
record MemberChange(
    MemberStatus status,
    @Size(max = MemberRules.MAX_CONTACT, message = "Contactgegevens: maximaal {max} tekens") String contact) {
}

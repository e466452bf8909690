package nl.resourcegroepen.member;

import jakarta.validation.constraints.Size;

/**
 * A change to a member: leaves the group, or comes back; new contact details (empty clears them); the name
 * (e.g. of a peer expert the team proposed before it knew who). What is left out stays as it is.
 */
record MemberChange(
    MemberStatus status,
    @Size(max = MemberRules.MAX_CONTACT, message = "Contactgegevens: maximaal {max} tekens") String contact,
    @Size(max = MemberRules.MAX_NAME, message = "Naam: maximaal {max} tekens") String name) {
}

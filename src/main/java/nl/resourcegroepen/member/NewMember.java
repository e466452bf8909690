package nl.resourcegroepen.member;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A member added by hand (someone the forms did not record). The care team (client, regieondersteuner,
 * zorgverantwoordelijke) is in the group at once; family, naasten, professionals and peer experts are
 * nominated first and join after their in-depth interview.
 */
record NewMember(
    @NotBlank(message = "Vul de naam in")
    @Size(max = MemberRules.MAX_NAME, message = "Naam: maximaal {max} tekens") String name,
    @NotNull(message = "Kies de rol: client, careCoordinator, responsibleClinician, family, significantOther, "
        + "professional of peerExpert") MemberRole role,
    @Size(max = MemberRules.MAX_NAME, message = "Relatie: maximaal {max} tekens") String relation,
    @Size(max = MemberRules.MAX_CONTACT, message = "Contactgegevens: maximaal {max} tekens") String contact,
    MemberStatus status) {
}

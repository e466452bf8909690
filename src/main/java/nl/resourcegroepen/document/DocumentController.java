package nl.resourcegroepen.document;

import java.security.Principal;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Printable documents as PDF, opened in the browser; the file name carries the pseudonym, never the name. */
@RestController
@RequestMapping("/api/trajectories/{id}")
class DocumentController {

  private final Documents documents;

  DocumentController(Documents documents) {
    this.documents = documents;
  }

  @GetMapping("/documents/recovery-plan.pdf")
  ResponseEntity<byte[]> recoveryPlan(@PathVariable String id, Principal user) {
    return pdf(documents.recoveryPlan(id, user.getName()), "resourcegroepplan");
  }

  @GetMapping("/members/{memberId}/documents/invitation-letter.pdf")
  ResponseEntity<byte[]> invitationLetter(@PathVariable String id, @PathVariable String memberId, Principal user) {
    return pdf(documents.invitationLetter(id, memberId, user.getName()), "uitnodigingsbrief");
  }

  private static ResponseEntity<byte[]> pdf(Documents.Pdf pdf, String name) {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline().filename(name + "-" + pdf.pseudonym() + ".pdf").build().toString())
        // Care content: not to be kept in shared caches or the browser cache.
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(pdf.content());
  }
}

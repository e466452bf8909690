package nl.resourcegroepen.inbox;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The inbox page under a clean address. */
@Controller
class InboxPageController {

  @GetMapping("/inbox")
  String inbox() {
    return "forward:/inbox.html";
  }
}

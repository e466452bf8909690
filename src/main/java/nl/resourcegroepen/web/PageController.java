package nl.resourcegroepen.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Serves the static pages under clean addresses. */
@Controller
class PageController {

  @GetMapping("/login")
  String login() {
    return "forward:/login.html";
  }

  @GetMapping("/")
  String home() {
    return "forward:/index.html";
  }

  /** The implementation leads' page: check, deploy and migrate changed diagrams and forms. */
  @GetMapping("/modellen")
  String models() {
    return "forward:/modellen.html";
  }
}

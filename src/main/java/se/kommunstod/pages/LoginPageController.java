package se.kommunstod.pages;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import se.kommunstod.security.BrowserLogin;

/**
 * The login page of the application's own pages (static/logga-in/, kommunstod/login.js); open to
 * all.
 */
@Controller
class LoginPageController {

  @GetMapping({BrowserLogin.LOGIN_PATH, BrowserLogin.LOGIN_PATH + "/"})
  String login() {
    return "forward:" + BrowserLogin.LOGIN_PATH + "/index.html";
  }
}

package se.kommunstod.monitoring;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The dashboard page at /dashboard (static files under static/dashboard/, data from
 * /api/monitoring).
 */
@Controller
class DashboardController {

  @GetMapping({"/dashboard", "/dashboard/"})
  String dashboard() {
    return "forward:/dashboard/index.html";
  }
}

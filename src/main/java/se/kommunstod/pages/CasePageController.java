package se.kommunstod.pages;

import static se.kommunstod.pages.Pages.date;
import static se.kommunstod.pages.Pages.dateTime;
import static se.kommunstod.pages.Pages.esc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import se.kommunstod.api.Access;
import se.kommunstod.api.ForbiddenException;
import se.kommunstod.api.RecordNotFoundException;
import se.kommunstod.intervention.InterventionController.FollowUpView;
import se.kommunstod.intervention.InterventionController.InterventionView;
import se.kommunstod.security.CurrentUser;
import se.kommunstod.security.Role;

/**
 * The case pages, in Swedish: {@code /arenden} lists the support cases the person may see (Brå and
 * administrators: all), {@code /arenden/{businessKey}} shows one case — where it stands, what is
 * open, the knowledge-based method as its tasks recorded it (situation pictures, prioritised
 * problems, action plan, indicators; {@link MethodSections}), what each completed step recorded.
 * {@code /arenden/instans/{id}} is where Tasklist's task link leads (tasklist.js): from any process
 * instance of a case to its page. Same login and access rules as /api
 * (security.ApiAuthenticationFilter, api.Access).
 */
@Controller
class CasePageController {

  private static final String HTML = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8";

  private final CaseOverview overview;
  private final Access access;
  private final String cockpit;

  CasePageController(
      CaseOverview overview,
      Access access,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String applicationPath) {
    this.overview = overview;
    this.access = access;
    this.cockpit = applicationPath + "/app/cockpit/default/#/process-instance/";
  }

  @GetMapping(
      value = {"/arenden", "/arenden/"},
      produces = HTML)
  @ResponseBody
  String list() {
    List<CaseOverview.CaseRow> rows = overview.list();
    StringBuilder body = new StringBuilder("<h1>Stödärenden</h1>\n");
    CurrentUser user = access.user();
    body.append("<p class=\"lead\">")
        .append(
            user.seesAllMunicipalities()
                ? "Alla kommuners stödärenden."
                : "Stödärendena i de kommuner du arbetar med.")
        .append("</p>\n");
    if (rows.isEmpty()) {
      body.append("<p class=\"empty\">Det finns inga stödärenden som du kan se.</p>\n");
    } else {
      body.append(
          "<table class=\"cases\"><thead><tr><th>Kommun</th><th>Ärende</th><th>Öppnat</th><th>Status</th>"
              + "<th>Öppna steg</th></tr></thead><tbody>\n");
      for (CaseOverview.CaseRow row : rows) {
        body.append("<tr><td><a href=\"/arenden/")
            .append(esc(row.supportCase().businessKey()))
            .append("\">")
            .append(esc(row.municipalityName()))
            .append("</a></td><td>")
            .append(esc(row.supportCase().businessKey()))
            .append("</td><td>")
            .append(dateTime(row.supportCase().openedAt()))
            .append("</td><td>")
            .append(
                row.supportCase().closedAt() == null
                    ? "Pågår"
                    : "Avslutat " + dateTime(row.supportCase().closedAt()))
            .append("</td><td class=\"num\">")
            .append(row.openSteps())
            .append("</td></tr>\n");
      }
      body.append("</tbody></table>\n");
    }
    return Pages.page("Stödärenden", "cases", body.toString());
  }

  @GetMapping(value = "/arenden/{businessKey}", produces = HTML)
  @ResponseBody
  String show(@PathVariable String businessKey) {
    CaseOverview.Case c = overview.load(businessKey);
    StringBuilder b = new StringBuilder();
    b.append("<p class=\"crumbs\"><a href=\"/arenden\">Stödärenden</a> ›</p>\n");
    b.append("<h1>Stödärende: ").append(esc(c.municipalityName())).append("</h1>\n");
    b.append("<p class=\"meta\">Ärende <code>")
        .append(esc(c.supportCase().businessKey()))
        .append("</code> · öppnat ")
        .append(dateTime(c.supportCase().openedAt()))
        .append(" · ")
        .append(
            c.supportCase().closedAt() == null
                ? "<strong>pågår</strong>"
                : "<strong>avslutat</strong> " + dateTime(c.supportCase().closedAt()));
    CurrentUser user = access.user();
    if ((user.hasRole(Role.BRA) || user.isAdministrator())
        && c.supportCase().processInstanceId() != null) {
      b.append(" · <a href=\"")
          .append(esc(cockpit + c.supportCase().processInstanceId()))
          .append("/runtime\">Öppna i Cockpit</a>");
    }
    b.append("</p>\n");

    b.append("<section id=\"oppna-steg\"><h2>Var ärendet står</h2>\n");
    if (c.openSteps().isEmpty()) {
      b.append("<p class=\"empty\">")
          .append(
              c.supportCase().closedAt() == null
                  ? "Inga uppgifter väntar just nu; ärendet väntar på nästa möte eller uppföljning."
                  : "Ärendet är avslutat.")
          .append("</p>\n");
    } else {
      b.append(
          "<table><thead><tr><th>Steg</th><th>Del av</th><th>Vem</th><th>Handläggare</th><th>Väntar sedan</th>"
              + "<th>Förfaller</th></tr></thead><tbody>\n");
      Date now = new Date();
      for (CaseOverview.OpenStep step : c.openSteps()) {
        boolean late = step.due() != null && step.due().before(now);
        b.append("<tr")
            .append(late ? " class=\"late\"" : "")
            .append("><td><a href=\"/camunda/app/tasklist/default/#/?task=")
            .append(esc(step.taskId()))
            .append("\">")
            .append(esc(step.name()))
            .append("</a></td><td>")
            .append(esc(step.process()))
            .append("</td><td>")
            .append(esc(String.join(", ", step.roles())))
            .append("</td><td>")
            .append(
                step.assignee() == null
                    ? "<span class=\"muted\">ingen ännu</span>"
                    : esc(step.assignee()))
            .append("</td><td>")
            .append(dateTime(step.created()))
            .append("</td><td>")
            .append(dateTime(step.due()))
            .append(late ? " <span class=\"badge\">försenad</span>" : "")
            .append("</td></tr>\n");
      }
      b.append("</tbody></table>\n");
    }
    b.append("</section>\n");

    MethodSections.situationPictures(b, c.method());
    MethodSections.problems(b, c.method());
    MethodSections.activityPlan(b, c.method());
    MethodSections.indicators(b, c.indicators());

    b.append("<section id=\"atgardspunkter\"><h2>Öppna åtgärdspunkter</h2>\n");
    if (c.openActionItems().isEmpty()) {
      b.append("<p class=\"empty\">Inga öppna åtgärdspunkter.</p>\n");
    } else {
      b.append(
          "<table><thead><tr><th>Åtgärd</th><th>Ansvarig</th><th>Klar senast</th><th>Från mötet</th></tr></thead><tbody>\n");
      for (CaseOverview.OpenActionItem item : c.openActionItems()) {
        b.append("<tr><td>")
            .append(esc(item.item().description()))
            .append("</td><td>")
            .append(
                item.item().ownerRole() == null ? "" : esc(item.item().ownerRole().displayName()))
            .append("</td><td>")
            .append(date(item.item().dueDate()))
            .append("</td><td>")
            .append(date(item.meetingDate()))
            .append("</td></tr>\n");
      }
      b.append("</tbody></table>\n");
    }
    b.append("</section>\n");

    b.append("<section id=\"insatser\"><h2>Insatser</h2>\n");
    if (c.interventions().isEmpty()) {
      b.append("<p class=\"empty\">Inga insatser ännu.</p>\n");
    }
    for (InterventionView i : c.interventions()) {
      b.append("<article class=\"intervention\"><h3>")
          .append(esc(i.title()))
          .append("</h3>\n<p class=\"meta\">");
      if (i.method() != null) {
        b.append("Metod: ").append(esc(i.method().swedishName())).append(" · ");
      }
      if (i.targetProblem() != null) {
        b.append("Problem: ").append(esc(i.targetProblem().swedishName())).append(" · ");
      }
      if (i.ownerRole() != null) {
        b.append("Ansvarig: ").append(esc(i.ownerRole().displayName())).append(" · ");
      }
      b.append(date(i.startsOn())).append(" – ").append(date(i.endsOn())).append("</p>\n");
      if (i.plan() != null) {
        b.append("<p>").append(esc(i.plan())).append("</p>\n");
      }
      if (i.followUps().isEmpty()) {
        b.append("<p class=\"muted\">Ingen uppföljning ännu.</p>\n");
      } else {
        b.append("<h4>Uppföljningar</h4><ul class=\"follow-ups\">\n");
        for (FollowUpView f : i.followUps()) {
          b.append("<li><span class=\"when\">")
              .append(date(f.followedUpOn()))
              .append("</span> ")
              .append(esc(f.note()))
              .append("</li>\n");
        }
        b.append("</ul>\n");
      }
      if (i.outcome() != null || i.outcomeRating() != null) {
        b.append("<p><strong>Utfall")
            .append(i.outcomeRating() == null ? "" : ": " + esc(i.outcomeRating().swedishName()))
            .append("</strong> ")
            .append(esc(i.outcome()))
            .append("</p>\n");
      }
      b.append("</article>\n");
    }
    b.append("</section>\n");

    b.append("<section id=\"genomforda-steg\"><h2>Genomförda steg</h2>\n");
    if (c.completedSteps().isEmpty()) {
      b.append("<p class=\"empty\">Inga steg är genomförda ännu.</p>\n");
    } else {
      b.append("<ol class=\"timeline\">\n");
      List<CaseOverview.CompletedStep> newestFirst = new ArrayList<>(c.completedSteps());
      Collections.reverse(newestFirst);
      for (CaseOverview.CompletedStep step : newestFirst) {
        b.append("<li><p class=\"step\"><span class=\"when\">")
            .append(dateTime(step.ended()))
            .append("</span> <strong>")
            .append(esc(step.name()))
            .append("</strong>");
        if (step.process() != null) {
          b.append(" <span class=\"muted\">(").append(esc(step.process())).append(")</span>");
        }
        if (step.completedBy() != null) {
          b.append(" – ").append(esc(step.completedBy()));
        }
        b.append("</p>\n");
        if (!step.recorded().isEmpty()) {
          b.append("<dl>\n");
          for (Map.Entry<String, String> value : step.recorded().entrySet()) {
            b.append("<dt>")
                .append(esc(value.getKey()))
                .append("</dt><dd>")
                .append(esc(value.getValue()))
                .append("</dd>\n");
          }
          b.append("</dl>\n");
        }
        b.append("</li>\n");
      }
      b.append("</ol>\n");
    }
    b.append("</section>\n");
    return Pages.page("Stödärende " + c.municipalityName(), "case", b.toString());
  }

  /**
   * From any process instance of a case (the case, a meeting, an intervention) to the case's page.
   */
  @GetMapping("/arenden/instans/{processInstanceId}")
  ResponseEntity<Void> instance(@PathVariable String processInstanceId) {
    HistoricProcessInstance instance = overview.instance(processInstanceId);
    if (instance == null
        || instance.getTenantId() == null && !access.user().seesAllMunicipalities()) {
      throw new RecordNotFoundException("ingen process", "process instance", processInstanceId);
    }
    if (instance.getTenantId() != null) {
      access.requireRead(instance.getTenantId());
    }
    String target;
    try {
      if (instance.getBusinessKey() == null) {
        throw new RecordNotFoundException("inget stödärende", "support case", processInstanceId);
      }
      target = "/arenden/" + overview.load(instance.getBusinessKey()).supportCase().businessKey();
    } catch (RecordNotFoundException notACase) {
      // a programme round (Brå's work): Cockpit for those who may use it
      CurrentUser user = access.user();
      target =
          user.hasRole(Role.BRA) || user.isAdministrator()
              ? cockpit + processInstanceId + "/runtime"
              : "/arenden";
    }
    return ResponseEntity.status(HttpStatus.FOUND).header("Location", target).build();
  }

  @ExceptionHandler(ForbiddenException.class)
  ResponseEntity<String> forbidden(ForbiddenException e) {
    return error(
        HttpStatus.FORBIDDEN,
        "Du kan inte se det här ärendet",
        e.messageSv() + " Fråga kommunens samordnare eller Brå om du behöver se det.");
  }

  @ExceptionHandler(RecordNotFoundException.class)
  ResponseEntity<String> notFound(RecordNotFoundException e) {
    return error(HttpStatus.NOT_FOUND, "Ärendet finns inte", e.messageSv() + ".");
  }

  private static ResponseEntity<String> error(HttpStatus status, String title, String text) {
    String body =
        "<h1>"
            + esc(title)
            + "</h1>\n<p>"
            + esc(text)
            + "</p>\n<p><a href=\"/arenden\">Till stödärendena</a></p>\n";
    return ResponseEntity.status(status)
        .contentType(MediaType.parseMediaType(HTML))
        .body(Pages.page(title, "error", body));
  }
}

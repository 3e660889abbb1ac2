package se.kommunstod.meeting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.kommunstod.api.Access;
import se.kommunstod.api.PageResponse;
import se.kommunstod.security.Role;
import se.kommunstod.supportcase.SupportCase;
import se.kommunstod.supportcase.SupportCaseService;

/** Cooperation meetings (samverkansmöten), decisions and action items. */
@RestController
@Tag(name = "Samverkansmöten", description = "Cooperation meetings, decisions and action items")
public class MeetingController {

  private final SupportCaseService cases;
  private final MeetingService service;
  private final MeetingRepository meetings;
  private final Access access;

  MeetingController(
      SupportCaseService cases, MeetingService service, MeetingRepository meetings, Access access) {
    this.cases = cases;
    this.service = service;
    this.meetings = meetings;
    this.access = access;
  }

  @GetMapping("/api/support-cases/{businessKey}/meetings")
  @Operation(summary = "Ärendets samverkansmöten / the case's cooperation meetings")
  @Transactional(readOnly = true)
  public PageResponse<MeetingView> list(
      @PathVariable String businessKey,
      @RequestParam(defaultValue = "0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
    SupportCase supportCase = cases.readable(businessKey);
    return PageResponse.of(
        meetings.findBySupportCaseId(
            supportCase.getId(), PageRequest.of(page, size, Sort.by("heldOn", "id"))),
        MeetingView::of);
  }

  @PostMapping("/api/support-cases/{businessKey}/meetings")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Protokollför ett samverkansmöte (samordnare, Brå) / minute a cooperation meeting")
  @Transactional
  public MeetingView record(
      @PathVariable String businessKey, @Valid @RequestBody MeetingInput input) {
    access.requireWrite(
        cases.require(businessKey).getMunicipalityCode(), Role.MUNICIPALITY, Role.BRA);
    return MeetingView.of(service.record(businessKey, input));
  }

  @GetMapping("/api/meetings/{id}")
  @Operation(summary = "Ett samverkansmöte / one cooperation meeting")
  @Transactional(readOnly = true)
  public MeetingView get(@PathVariable Long id) {
    CooperationMeeting meeting = service.require(id);
    access.requireRead(meeting.getSupportCase().getMunicipalityCode());
    return MeetingView.of(meeting);
  }

  @GetMapping("/api/support-cases/{businessKey}/action-items")
  @Operation(
      summary =
          "Ärendets åtgärdspunkter med statushistorik / the case's action items with their dated statuses",
      description =
          "status=OPEN|DONE|CANCELLED begränsar listan, t.ex. de öppna. Status ges vid nästa mötes "
              + "uppföljning av öppna åtgärder (uppgiften \"Följ upp öppna åtgärder\").")
  @Transactional(readOnly = true)
  public List<ActionItemView> actionItems(
      @PathVariable String businessKey, @RequestParam(required = false) ActionItemStatus status) {
    cases.readable(businessKey);
    return service.actionItems(businessKey).stream()
        .filter(i -> status == null || i.getStatus() == status)
        .map(ActionItemView::of)
        .toList();
  }

  /**
   * {@code heldOn} is the agenda's date; {@code held} the date it counts as held (null until its
   * decisions are documented).
   */
  public record MeetingView(
      Long id,
      LocalDate heldOn,
      LocalDate held,
      Instant minutedAt,
      String subject,
      String agenda,
      String openItemsStatus,
      List<ActorReportView> actorReports,
      List<String> decisions,
      List<ActionItemView> actionItems) {

    static MeetingView of(CooperationMeeting m) {
      return new MeetingView(
          m.getId(),
          m.getHeldOn(),
          m.heldDate(),
          m.getMinutedAt(),
          m.getSubject(),
          m.getAgenda(),
          m.getOpenItemsStatus(),
          m.getActorReports().stream().map(ActorReportView::of).toList(),
          m.getDecisions().stream().map(MeetingDecision::getDescription).toList(),
          m.getActionItems().stream().map(ActionItemView::of).toList());
    }
  }

  public record ActorReportView(Role ownerRole, String report) {

    static ActorReportView of(MeetingActorReport r) {
      return new ActorReportView(r.getOwnerRole(), r.getReport());
    }
  }

  public record ActionItemView(
      Long id,
      Long meetingId,
      String description,
      Role ownerRole,
      String owner,
      LocalDate dueDate,
      ActionItemStatus status,
      List<StatusChangeView> history) {

    static ActionItemView of(ActionItem a) {
      return new ActionItemView(
          a.getId(),
          a.getMeeting().getId(),
          a.getDescription(),
          a.getOwnerRole(),
          a.getOwnerRole().organisationName(),
          a.getDueDate(),
          a.getStatus(),
          a.getHistory().stream().map(StatusChangeView::of).toList());
    }
  }

  /** A dated status of an action item: which, when, by whom, at which meeting's follow-up. */
  public record StatusChangeView(
      ActionItemStatus status, Instant changedAt, String changedBy, Long meetingId, String note) {

    static StatusChangeView of(ActionItemStatusChange c) {
      return new StatusChangeView(
          c.getStatus(),
          c.getChangedAt(),
          c.getChangedBy(),
          c.getMeeting() == null ? null : c.getMeeting().getId(),
          c.getNote());
    }
  }
}

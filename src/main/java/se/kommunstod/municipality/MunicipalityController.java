package se.kommunstod.municipality;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.kommunstod.api.RecordNotFoundException;

/**
 * Municipalities and their police-classified areas: public reference data, readable by every user.
 */
@RestController
@RequestMapping("/api/municipalities")
@Tag(
    name = "Kommuner och områden",
    description = "Municipalities and their police-classified areas (public facts)")
@Transactional(readOnly = true)
public class MunicipalityController {

  private final MunicipalityRepository municipalities;
  private final PoliceLists policeLists;

  MunicipalityController(MunicipalityRepository municipalities, PoliceLists policeLists) {
    this.municipalities = municipalities;
    this.policeLists = policeLists;
  }

  @GetMapping
  @Operation(summary = "Alla kommuner / all municipalities")
  public List<MunicipalityView> list() {
    return municipalities.findAll(Sort.by("name")).stream().map(this::view).toList();
  }

  @GetMapping("/{code}")
  @Operation(summary = "En kommun med dess områden / one municipality with its areas")
  public MunicipalityView get(@PathVariable String code) {
    return municipalities
        .findById(code)
        .map(this::view)
        .orElseThrow(() -> new RecordNotFoundException("ingen kommun", "municipality", code));
  }

  private MunicipalityView view(Municipality municipality) {
    List<PoliceLists.Current> current = policeLists.current(municipality.getCode());
    List<AreaClassification> history =
        policeLists.history(current.stream().map(c -> c.area().getId()).toList());
    return new MunicipalityView(
        municipality.getCode(),
        municipality.getName(),
        municipality.getPoliceRegion(),
        current.isEmpty() ? null : current.get(0).listYear(),
        current.stream()
            .map(
                c ->
                    AreaView.of(
                        c,
                        history.stream()
                            .filter(h -> h.getAreaId().equals(c.area().getId()))
                            .map(ListEntry::of)
                            .toList()))
            .toList());
  }

  /**
   * {@code currentListYear}: the latest police list naming one of its areas (null: never listed).
   */
  public record MunicipalityView(
      String code,
      String name,
      String policeRegion,
      Integer currentListYear,
      List<AreaView> areas) {}

  /**
   * An area with its classification in the municipality's current list ({@code classification}
   * null: not on it) and every list's entry for it ({@code lists}, oldest first).
   */
  public record AreaView(
      Long id,
      String name,
      PoliceClassification classification,
      String classificationName,
      Integer classificationYear,
      Boolean verified,
      String source,
      List<ListEntry> lists) {

    static AreaView of(PoliceLists.Current current, List<ListEntry> lists) {
      AreaClassification row = current.row();
      return new AreaView(
          current.area().getId(),
          current.area().getName(),
          row == null ? null : row.getClassification(),
          row == null ? "Inte på polisens gällande lista" : row.getClassification().swedishName(),
          row == null ? null : row.getListYear(),
          row == null ? null : row.isVerified(),
          row == null ? null : row.getSource(),
          lists);
    }
  }

  public record ListEntry(
      int listYear,
      String areaName,
      String policeRegion,
      PoliceClassification classification,
      String source,
      boolean verified) {

    static ListEntry of(AreaClassification row) {
      return new ListEntry(
          row.getListYear(),
          row.getAreaName(),
          row.getPoliceRegion(),
          row.getClassification(),
          row.getSource(),
          row.isVerified());
    }
  }
}

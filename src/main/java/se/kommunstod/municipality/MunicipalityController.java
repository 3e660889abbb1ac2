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

/** Municipalities and their police-classified areas: public reference data, readable by every user. */
@RestController
@RequestMapping("/api/municipalities")
@Tag(name = "Kommuner och områden", description = "Municipalities and their police-classified areas (public facts)")
@Transactional(readOnly = true)
public class MunicipalityController {

  private final MunicipalityRepository municipalities;
  private final AreaRepository areas;

  MunicipalityController(MunicipalityRepository municipalities, AreaRepository areas) {
    this.municipalities = municipalities;
    this.areas = areas;
  }

  @GetMapping
  @Operation(summary = "Alla kommuner / all municipalities")
  public List<MunicipalityView> list() {
    return municipalities.findAll(Sort.by("name")).stream().map(this::view).toList();
  }

  @GetMapping("/{code}")
  @Operation(summary = "En kommun med dess områden / one municipality with its areas")
  public MunicipalityView get(@PathVariable String code) {
    return municipalities.findById(code).map(this::view)
        .orElseThrow(() -> new RecordNotFoundException("ingen kommun", "municipality", code));
  }

  private MunicipalityView view(Municipality municipality) {
    return new MunicipalityView(municipality.getCode(), municipality.getName(), municipality.getPoliceRegion(),
        areas.findByMunicipalityCodeOrderByName(municipality.getCode()).stream().map(AreaView::of).toList());
  }

  public record MunicipalityView(String code, String name, String policeRegion, List<AreaView> areas) {
  }

  public record AreaView(Long id, String name, PoliceClassification classification, String classificationName,
      int classificationYear) {

    static AreaView of(Area area) {
      return new AreaView(area.getId(), area.getName(), area.getClassification(),
          area.getClassification().swedishName(), area.getClassificationYear());
    }
  }
}

package se.kommunstod.supportcase;

import java.util.LinkedHashSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kommunstod.api.InputValidation;
import se.kommunstod.api.InvalidInputException;
import se.kommunstod.municipality.Area;
import se.kommunstod.municipality.AreaRepository;
import se.kommunstod.municipality.MunicipalityRepository;

/**
 * Applications (intresseanmälningar). {@link #submit} is meant for the intake delegate and the API.
 */
@Service
@Transactional
public class ApplicationService {

  private final ApplicationRepository applications;
  private final MunicipalityRepository municipalities;
  private final AreaRepository areas;
  private final InputValidation validation;

  public ApplicationService(
      ApplicationRepository applications,
      MunicipalityRepository municipalities,
      AreaRepository areas,
      InputValidation validation) {
    this.validation = validation;
    this.applications = applications;
    this.municipalities = municipalities;
    this.areas = areas;
  }

  public Application submit(ApplicationInput input, String submittedBy) {
    validation.check(input);
    if (!municipalities.existsById(input.municipalityCode())) {
      throw new InvalidInputException(
          "municipalityCode",
          "Det finns ingen kommun med kod '" + input.municipalityCode() + "'.",
          "There is no municipality with code '" + input.municipalityCode() + "'.");
    }
    for (Long areaId : input.areaIds()) {
      Area area =
          areas
              .findById(areaId)
              .orElseThrow(
                  () ->
                      new InvalidInputException(
                          "areaIds",
                          "Det finns inget område med id " + areaId + ".",
                          "There is no area with id " + areaId + "."));
      if (!area.getMunicipalityCode().equals(input.municipalityCode())) {
        throw new InvalidInputException(
            "areaIds",
            "Området " + areaId + " ligger inte i kommunen " + input.municipalityCode() + ".",
            "Area " + areaId + " is not in municipality " + input.municipalityCode() + ".");
      }
    }
    return applications.save(
        new Application(
            input.municipalityCode(),
            input.motivation().strip(),
            input.contactFunction().strip(),
            input.submittedOn(),
            submittedBy,
            new LinkedHashSet<>(input.areaIds()),
            input.existingWork(),
            input.capacity()));
  }
}

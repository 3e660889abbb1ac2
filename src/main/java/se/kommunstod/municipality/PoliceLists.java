package se.kommunstod.municipality;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kommunstod.api.InvalidInputException;

/**
 * The police's lists of utsatta områden as data. A list arrives as CSV (one row per area, see
 * {@link #importCsv}) and only adds rows, so every earlier list stays as it was. Prioritisation
 * asks {@link #current} at the moment an application is prioritised, so a list imported a minute
 * ago counts without a restart.
 *
 * <p>A municipality's current list is the latest list year with a row for one of its areas: a file
 * may cover only the municipalities the programme works with, and a municipality missing from a
 * newer file keeps the list it was last named in. An area of that municipality without a row in its
 * current list is not on the list (the police dropped it, or it was split or renamed).
 */
@Service
@Transactional
public class PoliceLists {

  /** The CSV's columns, in this order (the header names them; "polisregion" may be empty). */
  public static final List<String> COLUMNS =
      List.of("listår", "kommun", "område", "polisregion", "klassning", "källa", "verifierad");

  private final AreaRepository areas;
  private final AreaClassificationRepository classifications;
  private final MunicipalityRepository municipalities;
  private final PoliceRegionRepository policeRegions;

  public PoliceLists(
      AreaRepository areas,
      AreaClassificationRepository classifications,
      MunicipalityRepository municipalities,
      PoliceRegionRepository policeRegions) {
    this.areas = areas;
    this.classifications = classifications;
    this.municipalities = municipalities;
    this.policeRegions = policeRegions;
  }

  /**
   * An area with its row in the municipality's current list (null: not on it) and that list's year.
   */
  public record Current(Area area, AreaClassification row, Integer listYear) {

    public PoliceClassification classification() {
      return row == null ? null : row.getClassification();
    }
  }

  /** What an import added. */
  public record Imported(
      int rows, Set<Integer> listYears, Set<String> municipalities, int newAreas) {}

  /** Every area of the municipality with its current classification. */
  @Transactional(readOnly = true)
  public List<Current> current(String municipalityCode) {
    Integer year = classifications.currentListYear(municipalityCode);
    Map<Long, AreaClassification> rows = new HashMap<>();
    if (year != null) {
      classifications
          .findByMunicipalityCodeAndListYear(municipalityCode, year)
          .forEach(row -> rows.put(row.getAreaId(), row));
    }
    return areas.findByMunicipalityCodeOrderByName(municipalityCode).stream()
        .map(area -> new Current(area, rows.get(area.getId()), year))
        .toList();
  }

  /** The given areas with their current classification, in the given order. */
  @Transactional(readOnly = true)
  public List<Current> current(Collection<Long> areaIds) {
    Map<String, Map<Long, Current>> byMunicipality = new HashMap<>();
    List<Current> result = new ArrayList<>();
    for (Long id : areaIds) {
      Area area = areas.findById(id).orElse(null);
      if (area == null) {
        continue;
      }
      Map<Long, Current> all =
          byMunicipality.computeIfAbsent(
              area.getMunicipalityCode(),
              code -> {
                Map<Long, Current> map = new LinkedHashMap<>();
                current(code).forEach(c -> map.put(c.area().getId(), c));
                return map;
              });
      result.add(all.get(id));
    }
    return result;
  }

  /**
   * The DMN code of the most severe current classification among them ({@code inget} if none is
   * listed).
   */
  public static String mostSevereCode(Collection<Current> current) {
    PoliceClassification worst = null;
    for (Current c : current) {
      if (c.classification() != null && c.classification().isMoreSevereThan(worst)) {
        worst = c.classification();
      }
    }
    return worst == null ? PoliceClassification.NOT_LISTED : worst.code();
  }

  /** Every list's rows for the areas, oldest list first: the history. */
  @Transactional(readOnly = true)
  public List<AreaClassification> history(Collection<Long> areaIds) {
    return classifications.findByAreaIdInOrderByListYearAsc(areaIds);
  }

  /**
   * Imports a police list as CSV: a header naming {@link #COLUMNS}, then one row per area,
   * separated by semicolons or commas (fields with the separator in double quotes). An area the
   * municipality does not have yet is added (a new list can add or split areas). Every row is
   * checked first; if any is wrong nothing is stored and the Swedish message names each wrong row.
   */
  public Imported importCsv(String csv, String importedBy) {
    List<String> errors = new ArrayList<>();
    List<List<String>> lines = parse(csv == null ? "" : csv, errors);
    if (lines.isEmpty()) {
      throw refused(
          List.of("filen är tom; första raden ska vara rubrikerna " + String.join(";", COLUMNS)));
    }
    List<String> header =
        lines.get(0).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
    if (!header.equals(COLUMNS)) {
      throw refused(
          List.of(
              "rad 1: rubrikerna ska vara "
                  + String.join(";", COLUMNS)
                  + " i den ordningen, men är "
                  + String.join(";", header)));
    }
    if (lines.size() == 1) {
      throw refused(List.of("filen har inga rader efter rubrikerna"));
    }
    record Row(
        int year,
        Municipality municipality,
        String areaName,
        String policeRegion,
        PoliceClassification classification,
        String source,
        boolean verified) {}
    List<Row> rows = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 1; i < lines.size(); i++) {
      int lineNo = i + 1;
      List<String> f = lines.get(i);
      if (f.size() == 1 && f.get(0).isBlank()) {
        continue;
      }
      if (f.size() != COLUMNS.size()) {
        errors.add("rad " + lineNo + ": " + f.size() + " fält, ska vara " + COLUMNS.size());
        continue;
      }
      int before = errors.size();
      Integer year = null;
      try {
        year = Integer.parseInt(f.get(0).strip());
        if (year < 2015 || year > 2100) {
          errors.add("rad " + lineNo + ": liståret " + year + " ligger utanför 2015–2100");
        }
      } catch (NumberFormatException e) {
        errors.add("rad " + lineNo + ": liståret '" + f.get(0).strip() + "' är inte ett årtal");
      }
      String code = f.get(1).strip();
      Municipality municipality = municipalities.findById(code).orElse(null);
      if (municipality == null) {
        errors.add(
            "rad "
                + lineNo
                + ": det finns ingen kommun med kod '"
                + code
                + "' (lägg till den först, t.ex. med scripts/add-municipality.sh)");
      }
      String areaName = f.get(2).strip();
      if (areaName.isEmpty() || areaName.length() > 120) {
        errors.add("rad " + lineNo + ": områdets namn saknas eller är längre än 120 tecken");
      }
      String region = f.get(3).strip();
      if (region.isEmpty() && municipality != null) {
        region = municipality.getPoliceRegion();
      } else if (!region.isEmpty() && policeRegions.findByName(region).isEmpty()) {
        errors.add(
            "rad " + lineNo + ": polisregionen '" + region + "' är okänd (t.ex. Region Öst)");
      }
      PoliceClassification classification = PoliceClassification.parse(f.get(4));
      if (classification == null) {
        errors.add(
            "rad "
                + lineNo
                + ": klassningen '"
                + f.get(4).strip()
                + "' är okänd; tillåtna: utsatt, riskomrade, "
                + "sarskilt-utsatt (eller Utsatt område, Riskområde, Särskilt utsatt område)");
      }
      String source = f.get(5).strip();
      if (source.isEmpty() || source.length() > 400) {
        errors.add("rad " + lineNo + ": källan saknas eller är längre än 400 tecken");
      }
      Boolean verified =
          switch (f.get(6).strip().toLowerCase(Locale.ROOT)) {
            case "ja", "true", "1" -> true;
            case "nej", "false", "0" -> false;
            default -> null;
          };
      if (verified == null) {
        errors.add(
            "rad "
                + lineNo
                + ": verifierad ska vara ja eller nej, inte '"
                + f.get(6).strip()
                + "'");
      }
      if (errors.size() > before) {
        continue;
      }
      if (!seen.add(year + "|" + code + "|" + areaName.toLowerCase(Locale.ROOT))) {
        errors.add(
            "rad "
                + lineNo
                + ": "
                + areaName
                + " ("
                + code
                + ") står två gånger i listan för "
                + year);
        continue;
      }
      Area existing = areas.findByMunicipalityCodeAndName(code, areaName).orElse(null);
      if (existing != null && classifications.existsByListYearAndAreaId(year, existing.getId())) {
        errors.add(
            "rad "
                + lineNo
                + ": "
                + areaName
                + " ("
                + code
                + ") finns redan i polisens lista för "
                + year
                + "; en inläst lista ändras inte i efterhand");
        continue;
      }
      rows.add(new Row(year, municipality, areaName, region, classification, source, verified));
    }
    if (!errors.isEmpty()) {
      throw refused(errors);
    }
    Instant now = Instant.now();
    Set<Integer> years = new TreeSet<>();
    Set<String> codes = new TreeSet<>();
    int newAreas = 0;
    for (Row row : rows) {
      String code = row.municipality().getCode();
      Area area = areas.findByMunicipalityCodeAndName(code, row.areaName()).orElse(null);
      if (area == null) {
        area = areas.save(new Area(code, row.areaName()));
        newAreas++;
      }
      classifications.save(
          new AreaClassification(
              row.year(),
              area,
              row.policeRegion(),
              row.areaName(),
              row.classification(),
              row.source(),
              row.verified(),
              now,
              importedBy));
      years.add(row.year());
      codes.add(code);
    }
    return new Imported(rows.size(), years, codes, newAreas);
  }

  private static InvalidInputException refused(List<String> errors) {
    String joined = String.join("; ", errors);
    return new InvalidInputException(
        "csv",
        "Polisens lista lästes inte in, inget har ändrats: " + joined + ".",
        "The police list was not imported, nothing was changed: "
            + errors.size()
            + " error(s): "
            + joined
            + ".");
  }

  /** Splits CSV text into rows of fields; the separator is the header's (semicolon or comma). */
  static List<List<String>> parse(String text, List<String> errors) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    String firstLine = body.lines().findFirst().orElse("");
    char separator = firstLine.indexOf(';') >= 0 ? ';' : ',';
    List<List<String>> rows = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      any = true;
      if (quoted) {
        if (c == '"' && i + 1 < body.length() && body.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == separator) {
        fields.add(field.toString());
        field.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
          i++;
        }
        fields.add(field.toString());
        field.setLength(0);
        rows.add(fields);
        fields = new ArrayList<>();
        any = false;
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      errors.add("ett citattecken (\") avslutas aldrig");
    }
    if (any) {
      fields.add(field.toString());
      rows.add(fields);
    }
    while (!rows.isEmpty() && rows.get(rows.size() - 1).stream().allMatch(String::isBlank)) {
      rows.remove(rows.size() - 1);
    }
    return rows;
  }
}

package se.kommunstod.assessment;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.EnumSet;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.kommunstod.municipality.Area;
import se.kommunstod.supportcase.SupportCase;

/**
 * A problem one organisation observes in its situation picture: what (category), where (one of the
 * municipality's areas, or the whole municipality, and optionally a named place in it such as
 * "torget"), how large, which way it is going, what it rests on and a short description. About
 * places and phenomena, never about individuals.
 */
@Entity
@Table(name = "observation")
public class Observation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "support_case_id")
  private SupportCase supportCase;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "situation_picture_id")
  private SituationPicture situationPicture;

  /** 1, 2, … in the order the organisation listed them. */
  @Column(nullable = false)
  private int position;

  /** Null only for observations migrated from free-text problems (V11). */
  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(length = 40)
  private ProblemCategory category;

  /** The municipality's area; null for the whole municipality (or a migrated observation). */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "area_id")
  private Area area;

  /** A named place in the area, e.g. "torget"; optional. */
  @Column(length = 200)
  private String place;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(length = 20)
  private ObservationExtent extent;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 20)
  private ObservationTrend trend;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "observation_source", joinColumns = @JoinColumn(name = "observation_id"))
  @Column(name = "source", length = 40)
  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  private Set<ObservationSource> sources = EnumSet.noneOf(ObservationSource.class);

  @Column(nullable = false, length = 1000)
  private String description;

  protected Observation() {}

  Observation(
      SituationPicture situationPicture,
      int position,
      ProblemCategory category,
      Area area,
      String place,
      ObservationExtent extent,
      ObservationTrend trend,
      Set<ObservationSource> sources,
      String description) {
    this.supportCase = situationPicture.getSupportCase();
    this.situationPicture = situationPicture;
    this.position = position;
    this.category = category;
    this.area = area;
    this.place = place;
    this.extent = extent;
    this.trend = trend;
    this.sources.addAll(sources);
    this.description = description;
  }

  public Long getId() {
    return id;
  }

  public SupportCase getSupportCase() {
    return supportCase;
  }

  public SituationPicture getSituationPicture() {
    return situationPicture;
  }

  public int getPosition() {
    return position;
  }

  public ProblemCategory getCategory() {
    return category;
  }

  public Area getArea() {
    return area;
  }

  public String getPlace() {
    return place;
  }

  public ObservationExtent getExtent() {
    return extent;
  }

  public ObservationTrend getTrend() {
    return trend;
  }

  public Set<ObservationSource> getSources() {
    return sources;
  }

  public String getDescription() {
    return description;
  }

  /**
   * "Polisen 2": the organisation and the observation's number in its picture, as the joint
   * analysis refers to it.
   */
  public String reference() {
    return situationPicture.getContributor().swedishName() + " " + position;
  }

  /** "Centrum, torget", "Hela kommunen" or "" for a migrated observation without a place. */
  public String placeText() {
    String areaName =
        area == null
            ? (category == null && place == null ? "" : SituationPictureService.WHOLE_MUNICIPALITY)
            : area.getName();
    return place == null || place.isBlank()
        ? areaName
        : areaName.isEmpty() ? place : areaName + ", " + place;
  }
}

package se.kommunstod.plan;

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
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.kommunstod.supportcase.SupportCase;

/** The activity plan (aktivitetsplan) of a support case: its goal and chosen focus areas. */
@Entity
@Table(name = "activity_plan")
public class ActivityPlan {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "support_case_id", unique = true)
  private SupportCase supportCase;

  @Column(nullable = false, length = 4000)
  private String goal;

  @Column(name = "adopted_on", nullable = false)
  private LocalDate adoptedOn;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "activity_plan_focus_area", joinColumns = @JoinColumn(name = "activity_plan_id"))
  @Column(name = "focus_area", length = 40)
  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  private Set<FocusArea> focusAreas = EnumSet.noneOf(FocusArea.class);

  @Column(name = "declaration_of_intent_signed")
  private Boolean declarationOfIntentSigned;

  protected ActivityPlan() {
  }

  ActivityPlan(SupportCase supportCase) {
    this.supportCase = supportCase;
  }

  void revise(String goal, LocalDate adoptedOn, Set<FocusArea> focusAreas) {
    this.goal = goal;
    this.adoptedOn = adoptedOn;
    this.focusAreas.clear();
    this.focusAreas.addAll(focusAreas);
  }

  public Long getId() {
    return id;
  }

  public SupportCase getSupportCase() {
    return supportCase;
  }

  public String getGoal() {
    return goal;
  }

  public LocalDate getAdoptedOn() {
    return adoptedOn;
  }

  void setDeclarationOfIntentSigned(Boolean signed) {
    this.declarationOfIntentSigned = signed;
  }

  /** Whether the declaration of intent was signed at kick-off; null when the plan came another way. */
  public Boolean getDeclarationOfIntentSigned() {
    return declarationOfIntentSigned;
  }

  public Set<FocusArea> getFocusAreas() {
    return focusAreas;
  }
}

package se.kommunstod.plan;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.kommunstod.supportcase.SupportCase;

/**
 * The activity plan (aktivitetsplan) of a support case, adopted at kick-off: its overall goal, its
 * measures as rows after Brå's template (each aimed at a cause of a prioritised problem), the focus
 * areas they fall in, the declaration of intent or cooperation agreement with who signed it (roles)
 * and when, and optionally the police's and municipality's citizen promises (medborgarlöften).
 */
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
  @CollectionTable(
      name = "activity_plan_focus_area",
      joinColumns = @JoinColumn(name = "activity_plan_id"))
  @Column(name = "focus_area", length = 40)
  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  private Set<FocusArea> focusAreas = EnumSet.noneOf(FocusArea.class);

  @Column(name = "declaration_of_intent_signed")
  private Boolean declarationOfIntentSigned;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "agreement_kind", length = 40)
  private AgreementKind agreementKind;

  @Column(name = "agreement_signed_on")
  private LocalDate agreementSignedOn;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "activity_plan_signatory",
      joinColumns = @JoinColumn(name = "activity_plan_id"))
  @OrderColumn(name = "position")
  private List<Signatory> signatories = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "citizen_promise", joinColumns = @JoinColumn(name = "activity_plan_id"))
  @OrderColumn(name = "position")
  @Column(name = "promise", length = 1000)
  private List<String> citizenPromises = new ArrayList<>();

  @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<Measure> measures = new ArrayList<>();

  protected ActivityPlan() {}

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

  /**
   * Whether the declaration of intent was signed at kick-off; null when the plan came another way.
   */
  public Boolean getDeclarationOfIntentSigned() {
    return declarationOfIntentSigned;
  }

  public Set<FocusArea> getFocusAreas() {
    return focusAreas;
  }

  void sign(AgreementKind kind, LocalDate signedOn, List<Signatory> signedBy) {
    this.agreementKind = kind;
    this.agreementSignedOn = signedOn;
    this.signatories.clear();
    this.signatories.addAll(signedBy);
  }

  void promise(List<String> promises) {
    this.citizenPromises.clear();
    this.citizenPromises.addAll(promises);
  }

  Measure addMeasure(Measure measure) {
    measures.add(measure);
    return measure;
  }

  /** Null for a plan adopted before V11 or outside the kick-off. */
  public AgreementKind getAgreementKind() {
    return agreementKind;
  }

  public LocalDate getAgreementSignedOn() {
    return agreementSignedOn;
  }

  public List<Signatory> getSignatories() {
    return signatories;
  }

  public List<String> getCitizenPromises() {
    return citizenPromises;
  }

  /** The action plan's rows, in order. */
  public List<Measure> getMeasures() {
    return measures;
  }
}

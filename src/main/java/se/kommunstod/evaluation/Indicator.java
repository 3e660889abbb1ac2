package se.kommunstod.evaluation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.kommunstod.supportcase.SupportCase;

/**
 * An indicator followed up in a support case (e.g. reported vandalism per month), with its measured
 * values.
 */
@Entity
@Table(name = "indicator")
public class Indicator {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "support_case_id")
  private SupportCase supportCase;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(nullable = false, length = 60)
  private String unit;

  /** Where the values come from, e.g. "Polisens statistik" or "Trygghetsmätningen". */
  @Column(length = 200)
  private String source;

  @Column(precision = 19, scale = 4)
  private BigDecimal baseline;

  @Column(precision = 19, scale = 4)
  private BigDecimal target;

  @Enumerated(EnumType.STRING)
  @Column(length = 10)
  private IndicatorDirection direction;

  @OneToMany(mappedBy = "indicator", cascade = CascadeType.ALL)
  @OrderBy("measuredOn")
  private List<IndicatorValue> values = new ArrayList<>();

  protected Indicator() {}

  Indicator(SupportCase supportCase, String name, String unit) {
    this.supportCase = supportCase;
    this.name = name;
    this.unit = unit;
  }

  /** Completes the definition with what the action plan says about the indicator. */
  void describe(
      String source, BigDecimal baseline, BigDecimal target, IndicatorDirection direction) {
    this.source = source;
    this.baseline = baseline;
    this.target = target;
    this.direction = direction;
  }

  IndicatorValue measure(LocalDate on, BigDecimal value) {
    return measure(on, value, null);
  }

  IndicatorValue measure(LocalDate on, BigDecimal value, String comment) {
    IndicatorValue measured = new IndicatorValue(this, on, value, comment);
    values.add(measured);
    return measured;
  }

  public Long getId() {
    return id;
  }

  public SupportCase getSupportCase() {
    return supportCase;
  }

  public String getName() {
    return name;
  }

  public String getUnit() {
    return unit;
  }

  public String getSource() {
    return source;
  }

  public BigDecimal getBaseline() {
    return baseline;
  }

  public BigDecimal getTarget() {
    return target;
  }

  public IndicatorDirection getDirection() {
    return direction;
  }

  public List<IndicatorValue> getValues() {
    return values;
  }
}

package se.kommunstod.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One measured value of an indicator at a date. */
@Entity
@Table(name = "indicator_value")
public class IndicatorValue {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "indicator_id")
  private Indicator indicator;

  @Column(name = "measured_on", nullable = false)
  private LocalDate measuredOn;

  @Column(name = "measured", nullable = false, precision = 19, scale = 4)
  private BigDecimal value;

  @Column(length = 1000)
  private String comment;

  protected IndicatorValue() {}

  IndicatorValue(Indicator indicator, LocalDate measuredOn, BigDecimal value, String comment) {
    this.indicator = indicator;
    this.measuredOn = measuredOn;
    this.value = value;
    this.comment = comment;
  }

  public Long getId() {
    return id;
  }

  public LocalDate getMeasuredOn() {
    return measuredOn;
  }

  public BigDecimal getValue() {
    return value;
  }

  public String getComment() {
    return comment;
  }
}

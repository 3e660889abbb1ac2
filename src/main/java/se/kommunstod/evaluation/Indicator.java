package se.kommunstod.evaluation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

/** An indicator followed up in a support case (e.g. reported vandalism per month), with its measured values. */
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

  @OneToMany(mappedBy = "indicator", cascade = CascadeType.ALL)
  @OrderBy("measuredOn")
  private List<IndicatorValue> values = new ArrayList<>();

  protected Indicator() {
  }

  Indicator(SupportCase supportCase, String name, String unit) {
    this.supportCase = supportCase;
    this.name = name;
    this.unit = unit;
  }

  IndicatorValue measure(LocalDate on, BigDecimal value) {
    IndicatorValue measured = new IndicatorValue(this, on, value);
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

  public List<IndicatorValue> getValues() {
    return values;
  }
}

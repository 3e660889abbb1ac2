package se.kommunstod.monitoring;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * The little SQL that differs between PostgreSQL and the embedded H2 database: adding a per-row
 * span (a step's idle limit) to a timestamp. On PostgreSQL the span is an {@code interval}, so the
 * addition is cheap; no per-row multiplication.
 */
enum SqlDialect {
  POSTGRESQL {
    @Override
    String plusSpan(String timestamp, String span) {
      return "(" + timestamp + " + " + span + ")";
    }

    @Override
    String spanType() {
      return "interval";
    }

    @Override
    Object span(Duration duration) {
      return duration.toSeconds() + " seconds";
    }
  },
  H2 {
    @Override
    String plusSpan(String timestamp, String span) {
      return "dateadd(second, " + span + ", " + timestamp + ")";
    }

    @Override
    String spanType() {
      return "bigint";
    }

    @Override
    Object span(Duration duration) {
      return duration.toSeconds();
    }
  };

  /**
   * An SQL expression: the timestamp plus a span (a column or a bind parameter of {@link #span}).
   */
  abstract String plusSpan(String timestamp, String span);

  /** The SQL type of a span column. */
  abstract String spanType();

  /** The bind value of a span. */
  abstract Object span(Duration duration);

  static SqlDialect of(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName();
      if (product.toLowerCase().contains("postgres")) {
        return POSTGRESQL;
      }
      if (product.toLowerCase().contains("h2")) {
        return H2;
      }
      throw new IllegalStateException(
          "Stalled-steps monitoring supports PostgreSQL and H2, not " + product);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the database product", e);
    }
  }
}

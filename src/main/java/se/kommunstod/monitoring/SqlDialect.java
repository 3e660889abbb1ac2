package se.kommunstod.monitoring;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** The little SQL that differs between PostgreSQL and the embedded H2 database. */
enum SqlDialect {
  POSTGRESQL {
    @Override
    String plusSeconds(String timestamp, String seconds) {
      return "(" + timestamp + " + " + seconds + " * interval '1 second')";
    }
  },
  H2 {
    @Override
    String plusSeconds(String timestamp, String seconds) {
      return "dateadd(second, " + seconds + ", " + timestamp + ")";
    }
  };

  /** An SQL expression: the timestamp plus a number of seconds (a column or bind parameter). */
  abstract String plusSeconds(String timestamp, String seconds);

  static SqlDialect of(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName();
      if (product.toLowerCase().contains("postgres")) {
        return POSTGRESQL;
      }
      if (product.toLowerCase().contains("h2")) {
        return H2;
      }
      throw new IllegalStateException("Stalled-steps monitoring supports PostgreSQL and H2, not " + product);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the database product", e);
    }
  }
}

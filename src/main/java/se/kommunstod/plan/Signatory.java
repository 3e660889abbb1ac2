package se.kommunstod.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.kommunstod.security.Role;

/**
 * Who signed the declaration of intent or agreement: an organisation and a position
 * ("kommundirektör"), never a name.
 */
@Embeddable
public class Signatory {

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "organisation", nullable = false, length = 40)
  private Role organisation;

  @Column(name = "title", nullable = false, length = 200)
  private String title;

  protected Signatory() {}

  Signatory(Role organisation, String title) {
    this.organisation = organisation;
    this.title = title;
  }

  public Role getOrganisation() {
    return organisation;
  }

  public String getTitle() {
    return title;
  }
}

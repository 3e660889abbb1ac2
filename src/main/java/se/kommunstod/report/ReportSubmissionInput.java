package se.kommunstod.report;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import se.kommunstod.privacy.NoPersonalIdentityNumber;

/** What the form "Rapport till Regeringskansliet" asks for. */
public record ReportSubmissionInput(
    @NotBlank @Size(min = 10, max = 4000) @NoPersonalIdentityNumber String summary,
    @Size(max = 100) @NoPersonalIdentityNumber String reference) {}

package se.kommunstod.assessment;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ProblemCauseRepository extends JpaRepository<ProblemCause, Long> {}

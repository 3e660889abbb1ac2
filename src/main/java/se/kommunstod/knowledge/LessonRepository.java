package se.kommunstod.knowledge;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LessonRepository extends JpaRepository<LessonLearned, Long> {

  @EntityGraph(attributePaths = "supportCase")
  Page<LessonLearned> findAllBy(Pageable pageable);

  Page<LessonLearned> findBySupportCaseId(Long supportCaseId, Pageable pageable);
}

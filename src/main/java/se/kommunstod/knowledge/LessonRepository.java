package se.kommunstod.knowledge;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface LessonRepository
    extends JpaRepository<LessonLearned, Long>, JpaSpecificationExecutor<LessonLearned> {

  @EntityGraph(attributePaths = "supportCase")
  Page<LessonLearned> findAllBy(Pageable pageable);

  boolean existsByOrigin(String origin);

  @Override
  @EntityGraph(attributePaths = "supportCase")
  Page<LessonLearned> findAll(Specification<LessonLearned> spec, Pageable pageable);

  Page<LessonLearned> findBySupportCaseId(Long supportCaseId, Pageable pageable);

  @EntityGraph(attributePaths = "supportCase")
  List<LessonLearned> findByReleasedTrueOrderByReleasedAtDescIdDesc();

  @EntityGraph(attributePaths = "supportCase")
  List<LessonLearned> findAllByOrderByRecordedAtDescIdDesc();
}

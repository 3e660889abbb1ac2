package se.kommunstod.knowledge;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface LessonRepository
    extends JpaRepository<LessonLearned, Long>, JpaSpecificationExecutor<LessonLearned> {

  @EntityGraph(attributePaths = "supportCase")
  @Query("select l from LessonLearned l")
  Page<LessonLearned> findAllBy(Pageable pageable);

  @Query("select count(l) > 0 from LessonLearned l where l.origin = :origin")
  boolean existsByOrigin(@Param("origin") String origin);

  @Override
  @EntityGraph(attributePaths = "supportCase")
  Page<LessonLearned> findAll(Specification<LessonLearned> spec, Pageable pageable);

  @Query("select l from LessonLearned l where l.supportCase.id = :supportCaseId")
  Page<LessonLearned> findBySupportCaseId(
      @Param("supportCaseId") Long supportCaseId, Pageable pageable);

  @EntityGraph(attributePaths = "supportCase")
  @Query(
      "select l from LessonLearned l where l.released = true order by l.releasedAt desc, l.id desc")
  List<LessonLearned> findByReleasedTrueOrderByReleasedAtDescIdDesc();

  @EntityGraph(attributePaths = "supportCase")
  @Query("select l from LessonLearned l order by l.recordedAt desc, l.id desc")
  List<LessonLearned> findAllByOrderByRecordedAtDescIdDesc();
}

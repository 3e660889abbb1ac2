package se.kommunstod.assessment;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SituationPictureRepository extends JpaRepository<SituationPicture, Long> {

  @Query(
      "select p from SituationPicture p where p.supportCase.id = :supportCaseId"
          + " order by p.recordedAt, p.id")
  List<SituationPicture> findBySupportCaseIdOrderByRecordedAtAscIdAsc(
      @Param("supportCaseId") Long supportCaseId);

  @Query("select p from SituationPicture p where p.supportCase.id = :supportCaseId")
  Page<SituationPicture> findBySupportCaseId(
      @Param("supportCaseId") Long supportCaseId, Pageable pageable);

  @Query(
      "select p from SituationPicture p where p.supportCase.id = :supportCaseId"
          + " and p.contributor = :contributor order by p.recordedAt desc, p.id desc limit 1")
  Optional<SituationPicture> findFirstBySupportCaseIdAndContributorOrderByRecordedAtDescIdDesc(
      @Param("supportCaseId") Long supportCaseId, @Param("contributor") Contributor contributor);
}

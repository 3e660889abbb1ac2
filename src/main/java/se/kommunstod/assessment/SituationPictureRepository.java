package se.kommunstod.assessment;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SituationPictureRepository extends JpaRepository<SituationPicture, Long> {

  List<SituationPicture> findBySupportCaseIdOrderByRecordedAtAscIdAsc(Long supportCaseId);

  Page<SituationPicture> findBySupportCaseId(Long supportCaseId, Pageable pageable);

  Optional<SituationPicture> findFirstBySupportCaseIdAndContributorOrderByRecordedAtDescIdDesc(
      Long supportCaseId, Contributor contributor);
}

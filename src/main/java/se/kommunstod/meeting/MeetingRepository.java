package se.kommunstod.meeting;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MeetingRepository extends JpaRepository<CooperationMeeting, Long> {

  @Query("select m from CooperationMeeting m where m.supportCase.id = :supportCaseId")
  Page<CooperationMeeting> findBySupportCaseId(
      @Param("supportCaseId") Long supportCaseId, Pageable pageable);
}

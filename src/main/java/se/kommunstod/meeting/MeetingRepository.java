package se.kommunstod.meeting;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MeetingRepository extends JpaRepository<CooperationMeeting, Long> {

  Page<CooperationMeeting> findBySupportCaseId(Long supportCaseId, Pageable pageable);
}

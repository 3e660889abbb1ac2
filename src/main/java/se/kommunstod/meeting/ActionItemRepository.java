package se.kommunstod.meeting;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ActionItemRepository extends JpaRepository<ActionItem, Long> {

  @Query(
      "select a from ActionItem a where a.meeting.supportCase.id = :caseId and a.status = :status order by a.id")
  List<ActionItem> findBySupportCaseAndStatus(
      @Param("caseId") Long supportCaseId, @Param("status") ActionItemStatus status);

  @Query("select a from ActionItem a where a.meeting.supportCase.id = :caseId order by a.id")
  List<ActionItem> findBySupportCase(@Param("caseId") Long supportCaseId);
}

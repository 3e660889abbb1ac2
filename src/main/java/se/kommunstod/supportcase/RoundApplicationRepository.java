package se.kommunstod.supportcase;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface RoundApplicationRepository extends JpaRepository<RoundApplication, Long> {

  @Query("select a from RoundApplication a where a.roundKey = :roundKey order by a.priority, a.id")
  List<RoundApplication> findByRoundKeyOrderByPriorityAscIdAsc(@Param("roundKey") String roundKey);
}

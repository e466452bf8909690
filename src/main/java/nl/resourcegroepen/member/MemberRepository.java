package nl.resourcegroepen.member;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MemberRepository extends JpaRepository<Member, String> {

  List<Member> findByTrajectoryIdAndStatusOrderByNominatedAtAscIdAsc(String trajectoryId, MemberStatus status);

  List<Member> findByTrajectoryIdOrderByNominatedAtAscIdAsc(String trajectoryId);

  boolean existsByTrajectoryIdAndStatus(String trajectoryId, MemberStatus status);
}

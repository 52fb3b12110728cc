package org.dialoguetracker.statement;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StatementRepository extends JpaRepository<Statement, Long> {

    String WITH_ATTRIBUTION = """
            select distinct s from Statement s
              join fetch s.meeting m
              left join fetch s.agendaItem
              left join fetch s.speaker sp
              left join fetch sp.institution
              left join fetch s.topics
            """;

    @Query(WITH_ATTRIBUTION + " where m.id = ?1 order by s.position, s.id")
    List<Statement> findForMeeting(Long meetingId);

    /** Ids first, so that the limit applies in the database and not to a fetched collection in memory. */
    @Query("""
            select s.id from Statement s join s.meeting m
             where exists (select 1 from Statement st join st.topics t where st = s and t.id in ?1)
             order by m.startDate desc, s.position, s.id
            """)
    List<Long> findIdsForTopics(Collection<Long> topicIds, Limit limit);

    @Query(WITH_ATTRIBUTION + " where s.id in ?1 order by m.startDate desc, s.position, s.id")
    List<Statement> findAllWithAttribution(Collection<Long> ids);
}

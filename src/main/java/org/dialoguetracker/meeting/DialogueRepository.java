package org.dialoguetracker.meeting;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DialogueRepository extends JpaRepository<Dialogue, Long> {

    @Query("select d from Dialogue d order by d.nameEn, d.id")
    List<Dialogue> findAllOrdered();

    @Query("""
            select distinct d from Dialogue d
              left join fetch d.organisers
              left join fetch d.ukLead
              left join fetch d.russiaLead
             order by d.nameEn, d.id""")
    List<Dialogue> findAllWithOrganisersAndLeads();
}

package org.dialoguetracker.participant;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InstitutionRepository extends JpaRepository<Institution, Long> {

    @Query("select i from Institution i order by coalesce(i.nameEn, i.nameRu), i.id")
    List<Institution> findAllOrdered();
}

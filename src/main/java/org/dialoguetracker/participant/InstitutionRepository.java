package org.dialoguetracker.participant;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InstitutionRepository extends JpaRepository<Institution, Long> {

    @Query("select i from Institution i order by coalesce(i.nameEn, i.nameRu), i.id")
    List<Institution> findAllOrdered();

    @Query(value = "select i from Institution i order by lower(coalesce(i.nameEn, i.nameRu)), i.id",
            countQuery = "select count(i) from Institution i")
    Page<Institution> findPageByEnglishName(Pageable pageable);

    @Query(value = "select i from Institution i order by lower(coalesce(i.nameRu, i.nameEn)), i.id",
            countQuery = "select count(i) from Institution i")
    Page<Institution> findPageByRussianName(Pageable pageable);
}

package org.dialoguetracker.topic;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TopicRepository extends JpaRepository<Topic, Long> {

    @Query("select t from Topic t left join fetch t.parent order by t.position, t.nameEn, t.id")
    List<Topic> findAllOrdered();
}

package org.oscetrainer.security.internal;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SignInFailureRepository extends JpaRepository<SignInFailure, Long> {

    long countByKindAndSubjectAndAtGreaterThanEqual(String kind, String subject, Instant since);

    @Query("select max(f.at) from SignInFailure f where f.kind = :kind and f.subject = :subject")
    Instant last(@Param("kind") String kind, @Param("subject") String subject);

    @Modifying
    @Query("delete from SignInFailure f where f.kind = :kind and f.subject = :subject")
    int clear(@Param("kind") String kind, @Param("subject") String subject);

    @Modifying
    @Query("delete from SignInFailure f where f.at < :before")
    int purge(@Param("before") Instant before);
}

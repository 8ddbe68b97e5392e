package org.oscetrainer.security.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.oscetrainer.security.Role;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    @Query("select count(u) > 0 from AppUser u join u.roles r where r in :roles")
    boolean existsByRoleIn(@Param("roles") Collection<Role> roles);

    List<AppUser> findByUsernameIn(Collection<String> usernames);

    /** The enabled accounts holding any of these roles, by user name. */
    @Query("select distinct u from AppUser u join u.roles r where r in :roles and u.enabled = true order by u.username")
    List<AppUser> findEnabledByRoleIn(@Param("roles") Collection<Role> roles);

    /** Accounts whose user name, display name or e-mail contains the text, by user name. */
    @Query("""
            select distinct u from AppUser u left join u.roles r
            where (:text = '' or lower(u.username) like concat('%', :text, '%')
                   or lower(u.displayName) like concat('%', :text, '%') or lower(u.email) like concat('%', :text, '%'))
              and (:role is null or r = :role)
            order by u.username""")
    List<AppUser> search(@Param("text") String text, @Param("role") Role role, Pageable page);
}

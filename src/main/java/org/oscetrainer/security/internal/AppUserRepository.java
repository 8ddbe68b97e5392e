package org.oscetrainer.security.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.oscetrainer.security.Role;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    boolean existsByRole(Role role);

    List<AppUser> findByUsernameIn(Collection<String> usernames);
}

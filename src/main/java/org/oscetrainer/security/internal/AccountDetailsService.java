package org.oscetrainer.security.internal;

import org.oscetrainer.security.Role;
import org.oscetrainer.security.Usernames;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Signs people in from the accounts table, by their normalised user name, with all their roles. */
@Component
class AccountDetailsService implements UserDetailsService {

    private final AppUserRepository users;

    AccountDetailsService(AppUserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        String name = Usernames.normalise(username);
        AppUser user = (name.isEmpty() || name.length() > Usernames.MAX_LENGTH ? java.util.Optional.<AppUser>empty()
                : users.findByUsername(name)).orElseThrow(() -> new UsernameNotFoundException("No such account"));
        return User.withUsername(user.getUsername())
                .password(user.getPasswordHash())
                .authorities(Role.authorities(user.getRoles()).toArray(String[]::new))
                .disabled(!user.isEnabled())
                .build();
    }
}

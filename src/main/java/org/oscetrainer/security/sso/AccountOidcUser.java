package org.oscetrainer.security.sso;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A person signed in through the provider, as the app knows them: the name is the account's user
 * name (what services, ownership checks and the audit log use) and the authorities are the account's
 * roles. The provider's claims stay readable but grant nothing.
 */
final class AccountOidcUser implements OidcUser, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final OidcUser person;
    private final String username;
    private final List<GrantedAuthority> authorities;

    AccountOidcUser(OidcUser person, String username, Collection<? extends GrantedAuthority> authorities) {
        this.person = person;
        this.username = username;
        this.authorities = List.copyOf(authorities);
    }

    @Override
    public String getName() {
        return username;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities;
    }

    @Override
    public Map<String, Object> getClaims() {
        return person.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return person.getUserInfo();
    }

    @Override
    public OidcIdToken getIdToken() {
        return person.getIdToken();
    }

    @Override
    public Map<String, Object> getAttributes() {
        return person.getAttributes();
    }

    @Override
    public String toString() {
        return "AccountOidcUser[" + username + ", " + authorities + "]";
    }
}

package org.oscetrainer.security.sso;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** Spring Security's OIDC user (ID token checked, user info read), then the account it belongs to. */
class SsoUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService provider = new OidcUserService();
    private final AccountMatcher matcher;

    SsoUserService(AccountMatcher matcher) {
        this.matcher = matcher;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser person = provider.loadUser(request);
        UserDetails account = matcher.match(person);
        return new AccountOidcUser(person, account.getUsername(), account.getAuthorities());
    }
}

package nl.resourcegroepen.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * One login for everything: checks the password against the engine's identity service (the users and
 * groups that Camunda Admin manages). Groups become authorities {@code GROUP_<id>}.
 */
@Component
class CamundaIdentityAuthentication implements AuthenticationProvider {

  private final IdentityService identityService;

  CamundaIdentityAuthentication(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String user = authentication.getName();
    Object credentials = authentication.getCredentials();
    if (user == null || credentials == null || !identityService.checkPassword(user, credentials.toString())) {
      throw new BadCredentialsException("Gebruikersnaam of wachtwoord onjuist");
    }
    List<GrantedAuthority> authorities = identityService.createGroupQuery().groupMember(user).list().stream()
        .map(Group::getId)
        .<GrantedAuthority>map(g -> new SimpleGrantedAuthority(GroupAuthorities.of(g)))
        .toList();
    return new UsernamePasswordAuthenticationToken(user, null, authorities);
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}

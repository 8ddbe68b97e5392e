package org.oscetrainer.security;

/** The demo accounts, created only when {@code osce.demo.enabled=true}. */
public enum DemoAccount {
    STUDENT("student", "Camille Martin", Role.STUDENT),
    STUDENT2("student2", "Hugo Bernard", Role.STUDENT),
    EXAMINER("examiner", "Dr Claire Dubois", Role.EXAMINER),
    FACULTY("faculty", "Pr Antoine Lefèvre", Role.FACULTY),
    ADMIN("admin", "Admin", Role.ADMIN);

    private final String username;
    private final String displayName;
    private final Role role;

    DemoAccount(String username, String displayName, Role role) {
        this.username = username;
        this.displayName = displayName;
        this.role = role;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }
}

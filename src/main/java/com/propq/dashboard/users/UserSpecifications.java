package com.propq.dashboard.users;

import com.propq.dashboard.base.SqlWhere;
import jakarta.persistence.criteria.Predicate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Locale;
import org.springframework.data.jpa.domain.Specification;

/** The users list's filters as one database query (the grid never holds the whole table). */
final class UserSpecifications {

    private UserSpecifications() {}

    static Specification<AppUser> matching(UserFilter filter, Instant now) {
        return (root, query, cb) -> {
            var where = new ArrayList<Predicate>();
            if (filter.text() != null && !filter.text().isBlank()) {
                var like = SqlWhere.containing(filter.text().toLowerCase(Locale.ROOT));
                where.add(cb.or(
                        cb.like(cb.lower(root.get("username")), like, '\\'),
                        cb.like(cb.lower(root.get("displayName")), like, '\\'),
                        cb.like(cb.lower(cb.coalesce(root.get("email"), "")), like, '\\')));
            }
            if (filter.role() != null) {
                where.add(cb.isMember(filter.role(), root.get("roles")));
            }
            if (filter.state() != null) {
                where.add(
                        switch (filter.state()) {
                            case ACTIVE -> cb.isTrue(root.get("enabled"));
                            case DISABLED -> cb.isFalse(root.get("enabled"));
                            case LOCKED -> cb.greaterThan(root.get("lockedUntil"), now);
                        });
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}

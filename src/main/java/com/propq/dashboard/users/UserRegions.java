package com.propq.dashboard.users;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The regions a user may choose for their dates and numbers: ISO 3166 countries, stored as "GB", "ES"... */
public final class UserRegions {

    private static final Set<String> KNOWN = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    private UserRegions() {}

    public static List<String> all() {
        return KNOWN.stream().sorted().toList();
    }

    static boolean isKnown(String region) {
        return KNOWN.contains(region);
    }
}

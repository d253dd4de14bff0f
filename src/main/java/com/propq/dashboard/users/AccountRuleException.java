package com.propq.dashboard.users;

import java.util.Arrays;

/**
 * A request the account rules refuse (weak password, last admin, wrong current password...). The
 * message key and arguments are for the UI's translation; the message itself is for logs.
 */
public class AccountRuleException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    AccountRuleException(String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}

package com.propq.dashboard.propq;

import java.util.Map;

/** Who PropQ says we are ({@code /api/v1/iam/me}); the document does not describe the fields, so all are kept. */
public record PropqIdentity(Map<String, Object> attributes, String body) {}

"""The case preparation wizard: basics, request, timeline, prior outreach, review."""

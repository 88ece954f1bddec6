"""The Reference screen: offline guidance in five languages."""

"""The accountability package: the people responsible for abuses in a case, their conduct, its export."""

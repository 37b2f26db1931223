"""One blueprint per page of the console."""

"""参保 page: enrollments list with the renewal filter, the enrollment wizard."""

"""增值服务 page (issue 11): partners and the membership check, events with the sign-in scanner."""

"""Building the bundle and the Windows setup program (see README.md)."""

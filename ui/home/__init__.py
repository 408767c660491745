"""工作台: the home page."""

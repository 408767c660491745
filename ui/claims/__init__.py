"""The 理赔 page: intake form and claim work list."""

"""Who the demo office is and how its operators log in: what the login window's demo hint needs,
kept apart from `app.demo` (which imports the services and the models) so start-up reads it
without them."""

from __future__ import annotations

DEMO_OFFICE_CODE = "61020401"  # the demo office app/demo builds; it signs with a key made on need
DEMO_PASSWORD = "huzhu-demo"
DEMO_USERNAMES = ("admin", "clerk1", "clerk2", "reviewer1", "supervisor1")

"""Sync between a desk and the provincial hub by signed, encrypted package files.

`format` (container, manifest, refusals, writer), `crypto` (Ed25519, X25519 + HKDF + AES-GCM),
`reader` (the one hardened reader, used by hub ingest and desk import), `tables` (what travels and
its wire form), `export` (desk → hub), `desk_import` (hub → desk), `status`, `office_file`
(provisioning), `keystore`. The format is specified in docs/sync-format.md.
"""

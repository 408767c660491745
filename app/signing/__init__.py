"""Signing, a floor of its own: the office's Ed25519 keys (`keys`) and the signed QR payloads
printed on documents with their offline check (`qr`).

It stands on audit, clock, errors, i18n, office and models only; printing, health, sync and the
demo builder use it, and nothing here imports them back (tests/test_imports.py checks).
"""

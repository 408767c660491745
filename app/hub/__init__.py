"""The provincial hub: PostgreSQL store of every office's records, ingest of office packages,
return packages, decisions on large claims, catalogue publication and province-wide numbers.

`server` (embedded pgserver or a URL), `schema` (its own MetaData), `registry` (init, offices,
keys, catalogues, reader trust), `ingest` (bulk COPY), `alerts` (duplicates, decision queue),
`returns`, `admin` (decide, report).
"""

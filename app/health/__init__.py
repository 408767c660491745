"""Health services and partner benefits (增值服务), issue 11.

`partners` (hospitals, pharmacies, clinics and their offers), `membership` (the partner's
yes/no from a certificate QR — offline with public keys alone — or an ID number), `events`
(lectures, free clinics, check-ups, volunteer training; sign-in by scan), `figures` (numbers for
reports and the home page). Printed papers are in `app/printing/health_docs.py`.
"""

"""The 打印 page: documents, preview, printing through QPrinter, batch printing, QR checks."""

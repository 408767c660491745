"""Restoring a backup from the desktop: at start-up when the database cannot be opened, and from
设置 on a working office. The checks (integrity, schema version, office code) are app/backup.py's;
this module asks for the passphrase of an encrypted backup — again, saying so, while it is wrong —
and shows the outcome. Every connection to the database must be closed before `restore_file`.
"""

from __future__ import annotations

import logging
from pathlib import Path

from app import backup
from app.db import open_database
from app.errors import DatabaseProblem, RejectedInput
from ui.i18n import error_text
from ui.qt import QCoreApplication, QInputDialog, QLineEdit, QMessageBox, QWidget

log = logging.getLogger(__name__)


def ask_passphrase(parent: QWidget | None, name: str, problem: str) -> str | None:
    """The passphrase of the encrypted backup `name`; `problem` says why it is asked again."""
    label = QCoreApplication.translate("restore", "备份 {name} 已加密，请输入备份口令：").format(
        name=name
    )
    if problem:
        label = f"{problem}\n\n{label}"
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("restore", "备份口令"),
        label,
        QLineEdit.EchoMode.Password,
        "",
    )
    return text if ok else None


def restore_file(parent: QWidget | None, db_path: Path, candidate: Path) -> Path | None:
    """Restore `candidate` over `db_path`, asking for its passphrase if it is encrypted.

    Shows the refusal (wrong office, unknown schema, damaged file) or the success, and upgrades
    the restored database to this release's schema. Returns where the replaced database was
    kept, or None when nothing was restored (the current database is then untouched)."""
    passphrase: str | None = None
    problem = ""
    try:
        encrypted = candidate.is_file() and backup.is_encrypted(candidate)
    except OSError:
        encrypted = False  # backup.restore names the unreadable file
    while True:
        if encrypted:
            passphrase = ask_passphrase(parent, candidate.name, problem)
            if passphrase is None:
                return None
        try:
            kept = backup.restore(db_path, candidate, passphrase=passphrase)
            open_database(db_path).dispose()  # upgrade now, like `huzhu restore`
        except RejectedInput as exc:
            if encrypted and exc.field == "passphrase":
                problem = error_text(exc)
                continue
            return _refused(parent, exc)
        except DatabaseProblem as exc:
            return _refused(parent, exc)
        break
    log.info("database restored from a backup; the replaced file was kept")
    QMessageBox.information(
        parent,
        QCoreApplication.translate("restore", "已恢复"),
        QCoreApplication.translate(
            "restore", "已从备份恢复数据库。原数据库文件另存为：{kept}"
        ).format(kept=kept),
    )
    return kept


def _refused(parent: QWidget | None, error: Exception) -> None:
    log.warning("restore refused: %s", error)
    QMessageBox.warning(
        parent, QCoreApplication.translate("restore", "恢复失败"), error_text(error)
    )
    return None

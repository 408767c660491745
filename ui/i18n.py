"""Translations for the shell: installs the .qm files and turns core messages into text.

Source strings are Simplified Chinese; `resources/i18n/huzhu_<language>.qm` (built by
`make i18n` from the .ts files) carries the translations. Messages from app/ (`msg()`) are
translated in context "app", so the core's wording reaches the clerk in the chosen language.
"""

from __future__ import annotations

import logging
from pathlib import Path

from app.errors import HuzhuError, ValidationFailed
from app.i18n import Message
from ui.qt import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

I18N_DIR = Path(__file__).resolve().parent.parent / "resources" / "i18n"
DEFAULT_LANGUAGE = "zh_CN"
LANGUAGES = {"zh_CN": "简体中文", "en": "English"}  # each shown in its own language


def install_translators(
    app: QCoreApplication, language: str, folder: Path = I18N_DIR
) -> list[QTranslator]:
    """Load our .qm (from `folder`) and Qt's own (buttons such as Cancel, the file dialog) for
    `language`, with our supplement to Qt's own (`qtbase_extra_<language>`: strings such as
    "&Look in:" that Qt's shipped catalogue lacks) installed after it, so it is asked first.

    Keep the returned translators alive for as long as they are installed.
    """
    if language not in LANGUAGES:
        log.warning("unknown language %r, using %s", language, DEFAULT_LANGUAGE)
        language = DEFAULT_LANGUAGE
    QLocale.setDefault(QLocale(language))
    installed = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    catalogues = (
        (f"qtbase_{language}", qt_dir),
        (f"qtbase_extra_{language}", str(I18N_DIR)),
        (f"huzhu_{language}", str(folder)),
    )
    for name, where in catalogues:
        translator = QTranslator(app)
        if translator.load(name, where):
            app.installTranslator(translator)
            installed.append(translator)
        elif name.startswith("huzhu_") and language != DEFAULT_LANGUAGE:
            log.warning("translation %s not found in %s (run `make i18n`)", name, where)
    return installed


def tr_label(text: str) -> str:
    """A label that comes from app/ (a `*_LABELS` table, a group tag, a document name) in the
    current language: app/ text is translated in context "app", not in the widget's context."""
    return QCoreApplication.translate("app", text)


def tr_message(message: Message) -> str:
    """The clerk-facing text of a core message in the current language; a parameter that is
    itself a message (a part of a composed message) is translated too."""
    template = QCoreApplication.translate("app", message.template)
    if not message.params:
        return template
    params = {
        key: tr_message(value) if isinstance(value, Message) else value
        for key, value in message.params.items()
    }
    return template.format(**params)


def error_text(error: HuzhuError) -> str:
    """A domain error as text: its message, then each problem on its own line."""
    text = tr_message(error.message)
    if isinstance(error, ValidationFailed) and error.problems:
        text += "\n" + "\n".join(f"• {error_text(problem)}" for problem in error.problems)
    return text

"""Translatable messages in a core that has no Qt.

Messages a person reads are written as ``QT_TRANSLATE_NOOP("Refusal", "... {name} ...")`` where
they are raised: the marker returns the English template unchanged, and Qt's ``lupdate`` collects
it for the translators. The error then looks its template up through :func:`translate`, which is
the identity until the window installs Qt's translator (`set_translator`), so the command line
and the logs stay in English and the window speaks the user's language.
"""

from __future__ import annotations

from collections.abc import Callable

_translator: Callable[[str, str], str] | None = None


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    return text


def translate(context: str, text: str) -> str:
    return _translator(context, text) if _translator is not None else text


def set_translator(fn: Callable[[str, str], str] | None) -> None:
    global _translator
    _translator = fn

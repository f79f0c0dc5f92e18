"""The window in French, Portuguese and Swahili: the translations are complete with their
placeholders, the language is chosen as documented, the window started with a French,
Mozambican or Kenyan locale shows its title and every button translated, and no text is cut off
at 1366x768 or 1024x600 (text widths measured against their widgets)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from ui_helpers import HIP, REPO, SAMPLES, import_and_wait

I18N = REPO / "desktop" / "cxrscreen" / "i18n"
LANGUAGES = ("fr", "pt", "sw")
SIZES = ((1366, 768), (1024, 600))
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n|%L?\d")


def messages(path: Path) -> dict[tuple[str, str], dict]:
    """(context, source) -> {"forms": [translations], "finished": bool} of a .ts file."""
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = ([f.text or "" for f in translation.iter("numerusform")]
                     if message.get("numerus") == "yes" else [translation.text or ""])
            found[(name, message.findtext("source"))] = {
                "forms": forms, "finished": translation.get("type") is None and all(forms)}
    return found


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_translations_are_complete_and_keep_every_placeholder(lang):
    template = messages(I18N / "cxrscreen.ts")
    ours = messages(I18N / f"cxrscreen_{lang}.ts")
    assert len(template) > 300
    missing = [key for key in template if key not in ours]  # lupdate not run for this language
    done = [key for key in template if key in ours and ours[key]["finished"]]
    share = len(done) / len(template)
    print(f"{lang}: {len(done)}/{len(template)} translated ({100 * share:.1f}%)")
    assert not missing, missing[:5]
    assert share >= 0.99, [key for key in template if key not in done][:10]
    wrong = []
    for (context, source), entry in ours.items():
        if not entry["finished"]:
            continue
        for form in entry["forms"]:
            want = placeholders(source)
            if "%n" in want and len(entry["forms"]) > 1 and form is entry["forms"][0] \
                    and "%n" not in form:
                want.remove("%n")  # a singular form may spell the number out (not done here)
            if placeholders(form) != want:
                wrong.append((context, source, form))
            if source.count("&") - source.count("&&") > form.count("&") - form.count("&&") or \
                    form.count("&") - 2 * form.count("&&") > 1:
                wrong.append((context, source, form))  # a shortcut letter lost or doubled
    assert not wrong, wrong[:5]


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


@pytest.mark.parametrize("lang", LANGUAGES)
def test_shortcut_letters_stay_distinct_on_each_screen(lang):
    """Alt+letter: where the English letters of one screen (context) differ, so do the
    translation's (two buttons on Alt+K would make one of them unreachable)."""
    clashes = []
    by_context: dict[str, list[tuple[str, str]]] = {}
    for (context, source), entry in messages(I18N / f"cxrscreen_{lang}.ts").items():
        if _mnemonic(source):
            by_context.setdefault(context, []).append((source, entry["forms"][0]))
    for context, pairs in by_context.items():
        english = [_mnemonic(source) for source, _ in pairs]
        ours = [_mnemonic(translation) for _, translation in pairs]
        if len(set(english)) == len(english) and len(set(ours)) != len(ours):
            clashes.append((context, [t for _, t in pairs]))
    assert clashes == []


def _marked_strings() -> list[tuple[str, str, str]]:
    """(context, text, where) of every literal translate("C", "t"), QT_TRANSLATE_NOOP("C", "t")
    and self.tr("t") (context: the class) in the application's source, read with ast."""
    import ast

    found = []
    for path in sorted((REPO / "desktop" / "cxrscreen").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        classes = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                for inner in ast.walk(node):
                    classes.setdefault(id(inner), node.name)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
            texts = [a.value for a in node.args if isinstance(a, ast.Constant)
                     and isinstance(a.value, str)]
            where = f"{path.relative_to(REPO)}:{node.lineno}"
            if name in ("translate", "QT_TRANSLATE_NOOP") and len(texts) >= 2 and \
                    len(node.args) >= 2 and all(isinstance(a, ast.Constant) for a in node.args[:2]):
                found.append((texts[0], texts[1], where))
            elif name == "tr" and isinstance(node.func, ast.Attribute) and texts and \
                    isinstance(node.args[0], ast.Constant) and id(node) in classes:
                found.append((classes[id(node)], texts[0], where))
    return found


def test_every_marked_string_is_in_the_translation_files():
    """lupdate misses a call inside an f-string or behind an alias (the report's headings and
    the role names were never in the .ts files): every literal the code looks up is there."""
    template = messages(I18N / "cxrscreen.ts")
    marked = _marked_strings()
    assert len(marked) > 300
    missing = [m for m in marked if (m[0], m[1]) not in template]
    assert missing == []


def test_the_printed_report_is_translated(qtbot, window):
    """The report's headings, the result and the disclaimer in French."""
    from PySide6.QtCore import QCoreApplication

    from cxrscreen.ui.app import install_translators
    from cxrscreen.ui.report import report_html

    case = import_and_wait(qtbot, window, [SAMPLES / "person1003_bacteria_2934.jpeg"]).imported[0]
    try:
        install_translators(QCoreApplication.instance(), "fr")
        page = report_html(window.session.store.get(case.id))
    finally:
        install_translators(QCoreApplication.instance(), "en")
    for french in ("rapport de dépistage sur radiographie thoracique", "Relecture du clinicien",
                   "Signes de pneumonie — référer à un clinicien", "Aide au dépistage",
                   "Pas encore relu par un clinicien", "Identifiant du patient"):
        assert french in page, french
    for english in ("Clinician's review", "Patient and case", "screening report", "Model:"):
        assert english not in page, english


def test_safety_words_are_the_glossary_words():
    """One idea, one word: the result's headline, the referral and the disclaimer in each
    language use the glossary's words (docs/i18n/GLOSSARY.md)."""
    words = {"fr": ("référer", "clinicien", "aide au dépistage", "radiographies thoraciques de face"),
             "pt": ("referir", "clínico", "auxiliar de rastreio", "radiografias do tórax de frente"),
             "sw": ("rufaa", "daktari", "msaada wa uchunguzi", "x-ray za kifua za mbele")}
    glossary = (REPO / "docs" / "i18n" / "GLOSSARY.md").read_text(encoding="utf-8").lower()
    for lang, (refer, clinician, aid, frontal) in words.items():
        ours = messages(I18N / f"cxrscreen_{lang}.ts")
        headline = ours[("Result", "Signs of pneumonia — refer to a clinician")]["forms"][0]
        headline = headline.lower()
        disclaimer = ours[("Disclaimer", next(s for c, s in ours if c == "Disclaimer"))][
            "forms"][0].lower()
        assert refer in headline and clinician in headline, headline
        assert aid in disclaimer and clinician in disclaimer and frontal in disclaimer, disclaimer
        for word in (refer, clinician, aid):
            assert word in glossary, (lang, word)
        refusals = [v["forms"][0].lower() for (c, s), v in ours.items()
                    if c == "Refusal" and "only frontal chest X-rays" in s]
        assert refusals and all(frontal in r for r in refusals), (lang, refusals)


def test_the_language_follows_the_setting_then_the_system():
    from PySide6.QtCore import QLocale

    from cxrscreen.ui.language import chosen_language

    assert chosen_language("", QLocale("fr_FR")) == "fr"
    assert chosen_language("", QLocale("pt_MZ")) == "pt"
    assert chosen_language("", QLocale("pt_AO")) == "pt"
    assert chosen_language("", QLocale("sw_KE")) == "sw"
    assert chosen_language("", QLocale("sw_TZ")) == "sw"
    assert chosen_language("", QLocale("de_DE")) == "en"
    assert chosen_language("sw", QLocale("fr_FR")) == "sw"
    assert chosen_language("pt_MZ", QLocale("fr_FR")) == "pt"
    assert chosen_language("en", QLocale("fr_FR")) == "en"
    assert chosen_language("klingon", QLocale("fr_FR")) == "fr"  # unknown: the system's


def test_the_site_file_sets_the_language_and_the_user_file_overrides_it(tmp_path, monkeypatch):
    from cxrscreen.ui.language import language_setting

    site = tmp_path / "site.json"
    site.write_text(json.dumps({"language": "sw"}))
    monkeypatch.setenv("CXRSCREEN_SITE_CONFIG", str(site))
    data = tmp_path / "data"
    data.mkdir()
    assert language_setting(data) == "sw"
    (data / "settings.json").write_text(json.dumps({"schema_version": 1, "language": "fr"}))
    assert language_setting(data) == "fr"
    (data / "settings.json").write_text("{broken")  # the window shows that problem; the site's
    assert language_setting(data) == "sw"


def test_a_corrected_ts_is_compiled_again_and_a_bundle_uses_its_qm(tmp_path, monkeypatch):
    from PySide6.QtCore import QTranslator

    from cxrscreen.ui.language import compiled_catalogue

    monkeypatch.setenv("CXRSCREEN_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "i18n"
    folder.mkdir()
    ts = (I18N / "cxrscreen_fr.ts").read_text(encoding="utf-8")
    (folder / "cxrscreen_fr.ts").write_text(ts, encoding="utf-8")
    first = compiled_catalogue("fr", folder)
    assert first is not None and first.parent == tmp_path / "cache" / "i18n"
    assert compiled_catalogue("fr", folder) == first  # once per content
    corrected = ts.replace("<translation>Aucun cas ouvert</translation>",
                           "<translation>Pas de cas ouvert</translation>")
    assert corrected != ts
    (folder / "cxrscreen_fr.ts").write_text(corrected, encoding="utf-8")
    second = compiled_catalogue("fr", folder)
    assert second != first
    translator = QTranslator()
    assert translator.load(str(second))
    assert translator.translate("ResultPanel", "No case open") == "Pas de cas ouvert"
    # A bundle ships the .qm only.
    (folder / "cxrscreen_fr.ts").unlink()
    (folder / "cxrscreen_fr.qm").write_bytes(second.read_bytes())
    assert compiled_catalogue("fr", folder) == folder / "cxrscreen_fr.qm"
    assert compiled_catalogue("sw", folder) is None


def test_role_names_are_translated(qapp):
    """They were filed under no context by lupdate, so no translation could ever be found."""
    from cxrscreen.core.store.accounts import Role
    from cxrscreen.ui.accounts_dialog import role_words
    from cxrscreen.ui.app import install_translators

    try:
        install_translators(qapp, "fr")
        assert role_words()[Role.CLINICIAN] == "Clinicien"
        assert role_words()[Role.HEALTH_WORKER] == "Agent de santé"
    finally:
        install_translators(qapp, "en")


# -- the window started in a locale (a fresh process: Qt reads the locale once) ---------------

WINDOW_TEXTS = r"""
import json, sys
from pathlib import Path
sys.path.insert(0, sys.argv[2])
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QTabWidget
from cxrscreen.ui.app import create_window, make_app
from cxrscreen.ui.sign_in import SignInDialog
from cxrscreen.ui.settings_dialog import SettingsDialog
from helpers.accounts import store_for
app = make_app([])
window = create_window(store_for(Path(sys.argv[1])))
window.show()
app.processEvents()
texts = {"title": window.windowTitle(), "buttons": [], "tabs": []}
settings = SettingsDialog(window.session, ["screening", "balanced"], window)
sign_in = SignInDialog(Path(sys.argv[1]))
for root in (window, settings, sign_in):
    for button in root.findChildren(QAbstractButton):
        if button.text() and (button.isVisibleTo(root)
                              or isinstance(button.parent(), QDialogButtonBox)):
            texts["buttons"].append(button.text())
for action in window.findChildren(type(window.import_action)):
    if action.text():
        texts["buttons"].append(action.text())
for tabs in window.findChildren(QTabWidget):
    texts["tabs"] += [tabs.tabText(i) for i in range(tabs.count())]
print("TEXTS " + json.dumps(texts))
window.shutdown(); window.session.close()
"""


@pytest.mark.parametrize("locale,lang", [("fr_FR.UTF-8", "fr"), ("pt_MZ.UTF-8", "pt"),
                                         ("sw_KE.UTF-8", "sw")])
def test_started_in_a_locale_the_title_and_every_button_are_translated(tmp_path, locale, lang):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env.update(LANG=locale, QT_QPA_PLATFORM="offscreen", CXRSCREEN_CACHE_DIR=str(tmp_path / "c"),
               CXRSCREEN_SITE_CONFIG=str(tmp_path / "no-site.json"),
               CXRSCREEN_CONFIG_DIR=str(tmp_path / "config"))
    done = subprocess.run([sys.executable, "-c", WINDOW_TEXTS, str(tmp_path / "data"),
                           str(REPO / "tests")], env=env, capture_output=True, text=True,
                          timeout=300)
    line = next((x for x in done.stdout.splitlines() if x.startswith("TEXTS ")), None)
    assert line, done.stdout + done.stderr
    texts = json.loads(line[len("TEXTS "):])
    ours = messages(I18N / f"cxrscreen_{lang}.ts")
    translated = {form for entry in ours.values() for form in entry["forms"]}
    english = {source for _, source in ours} - translated
    assert texts["title"] == ours[("MainWindow", "CXR Screen — chest X-ray screening aid")][
        "forms"][0]
    shown = texts["buttons"] + texts["tabs"]
    assert len(shown) > 20, shown
    symbols = {"+", "−"}
    # Every button says what our catalogue says for this language, none says the English.
    # (A toolbar button drops its action's trailing "…".)
    assert [t for t in shown if t not in translated and f"{t}…" not in translated
            and t not in symbols] == []
    assert [t for t in shown if t in english or f"{t}…" in english] == []


# -- nothing cut off -------------------------------------------------------------------------

@pytest.fixture(params=("en", *LANGUAGES))
def window_in(request, qtbot, qapp, data_dir, model_dir, tmp_path, monkeypatch):
    """The real window in one language, with a case that says "refer" and a refused hip."""
    from helpers.accounts import store_for

    from cxrscreen.ui.app import create_window, install_translators, make_app

    monkeypatch.setenv("CXRSCREEN_CACHE_DIR", str(tmp_path / "cache"))
    install_translators(make_app([]), request.param)
    w = create_window(store_for(data_dir), model_dir)
    qtbot.addWidget(w)
    w.resize(*SIZES[0])
    w.show()
    w.start()
    qtbot.waitUntil(lambda: w.session.model.ready or w.session.model.error is not None,
                    timeout=60_000)
    outcome = import_and_wait(qtbot, w, [SAMPLES / "person1003_bacteria_2934.jpeg"])
    case = outcome.imported[0]
    w.case_list.select(case.id)
    qtbot.waitUntil(lambda: w.viewer.case_id == case.id, timeout=30_000)
    import_and_wait(qtbot, w, [HIP])  # the refusal in the message bar
    yield request.param, w
    w.shutdown()
    install_translators(qapp, "en")


def _at(qtbot, widget, size) -> None:
    from PySide6.QtWidgets import QApplication

    widget.resize(*size)
    QApplication.processEvents()  # the resize and the layouts it starts


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_nothing_is_cut_off_in_the_main_window(qtbot, window_in, size):
    from helpers.layout import clipped_texts

    lang, w = window_in
    _at(qtbot, w, size)
    assert (w.width(), w.height()) == size, f"{lang}: the window needs {w.minimumSizeHint()}"
    assert w.messages.isVisible()  # the refusal is shown and measured too
    problems = clipped_texts(w)
    assert problems == [], f"{lang} at {size}: " + "\n".join(problems)
    w.tabs.setCurrentWidget(w.review)
    qtbot.waitUntil(w.review.isVisible, timeout=5_000)
    problems = clipped_texts(w)
    assert problems == [], f"{lang} at {size}, review tab: " + "\n".join(problems)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_nothing_is_cut_off_in_the_dialogs(qtbot, window_in, size):
    from helpers.layout import clipped_texts

    from cxrscreen.ui.accounts_dialog import AccountsDialog
    from cxrscreen.ui.messages import HelpDialog
    from cxrscreen.ui.settings_dialog import SettingsDialog
    from cxrscreen.ui.sign_in import SignInDialog

    lang, w = window_in
    dialogs = [SettingsDialog(w.session, ["screening", "balanced"], w),
               AccountsDialog(w.session.store, w), HelpDialog(w),
               SignInDialog(Path(w.session.data_dir))]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        hint = dialog.sizeHint()
        assert hint.width() <= size[0] and hint.height() <= size[1], \
            f"{lang}: {type(dialog).__name__} needs {hint.width()}x{hint.height()}"
        dialog.resize(min(max(hint.width(), 480), size[0]), min(hint.height(), size[1]))
        dialog.show()
        qtbot.waitExposed(dialog)
        problems = clipped_texts(dialog)
        assert problems == [], f"{lang} {type(dialog).__name__}: " + "\n".join(problems)
        dialog.close()


def test_plurals_follow_each_language(qapp, tmp_path, monkeypatch):
    """Portuguese as written in Mozambique says "0 casos"; Qt's rule for plain "pt" (Brazil's)
    would say "0 caso", so the file is marked pt_MZ."""
    from PySide6.QtCore import QCoreApplication

    from cxrscreen.ui.app import install_translators

    monkeypatch.setenv("CXRSCREEN_CACHE_DIR", str(tmp_path / "cache"))
    source = "%n case(s) waiting to be sent"

    def said(lang: str, n: int) -> str:
        install_translators(qapp, lang)
        return QCoreApplication.translate("StatusBar", source, None, n)

    try:
        assert [said("pt", n) for n in (0, 1, 2)] == [
            "0 casos à espera de envio", "1 caso à espera de envio", "2 casos à espera de envio"]
        assert [said("fr", n) for n in (0, 1, 2)] == [
            "0 cas en attente d’envoi", "1 cas en attente d’envoi", "2 cas en attente d’envoi"]
        assert [said("sw", n) for n in (1, 2)] == ["kesi 1 inasubiri kutumwa",
                                                   "kesi 2 zinasubiri kutumwa"]
    finally:
        install_translators(qapp, "en")


def test_the_language_chosen_in_settings_is_used_at_the_next_start(qtbot, window):
    from cxrscreen.ui.language import language_setting
    from cxrscreen.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.session, ["screening", "balanced"], window)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == ""  # the system's, by default
    dialog.language.setCurrentIndex(dialog.language.findData("sw"))
    dialog.accept()
    assert window.session.settings.language == "sw"
    assert language_setting(window.session.data_dir) == "sw"

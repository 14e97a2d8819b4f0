"""The web desk's parts, without a server: accounts, sessions, sanitising, the directory
file it writes, and the trend chart."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from intake import directory
from intake.models import Attachment, ParsedMessage, Unit
from intake.store import Store
from intake.web import accounts, charts, mailview, sessions

NOW = datetime(2021, 2, 4, 9, 0, tzinfo=UTC)
KEY = b"k" * 64


@pytest.fixture
def store(tmp_path: Path):
    opened = Store.open(tmp_path / "intake.sqlite")
    yield opened
    opened.close()


def test_passwords_are_argon2_and_never_stored(store: Store) -> None:
    accounts.add(store, "Lan", "mot-mat-khau-dai", "clerk", NOW, full_name="Lan", by="t")
    [(stored,)] = store.conn.execute("SELECT password_hash FROM accounts").fetchall()
    assert stored.startswith("$argon2id$") and "mot-mat-khau-dai" not in stored
    assert accounts.sign_in(store, "lan", "mot-mat-khau-dai", "10.0.0.1", NOW).login == "lan"
    with pytest.raises(accounts.AccountError, match="Sai tên đăng nhập"):
        accounts.sign_in(store, "lan", "sai", "10.0.0.1", NOW)
    with pytest.raises(accounts.AccountError, match="Sai tên đăng nhập"):
        accounts.sign_in(store, "khong-co", "mot-mat-khau-dai", "10.0.0.1", NOW)
    events = [r["kind"] for r in store.events("account:lan")]
    assert events == ["account.added"]
    assert "mot-mat-khau-dai" not in str([dict(r) for r in store.events()])


@pytest.mark.parametrize(
    ("login", "password", "role", "message"),
    [
        ("Lan Anh", "mot-mat-khau-dai", "clerk", "không hợp lệ"),
        ("lan", "ngan", "clerk", "ít nhất"),
        ("lan", "mot-mat-khau-dai", "boss", "Vai trò"),
    ],
)
def test_bad_accounts_are_refused(store: Store, login, password, role, message) -> None:
    with pytest.raises(accounts.AccountError, match=message):
        accounts.add(store, login, password, role, NOW, by="t")
    assert accounts.every(store) == []


def test_throttle_per_account_then_window_passes(store: Store) -> None:
    accounts.add(store, "lan", "mot-mat-khau-dai", "clerk", NOW, by="t")
    for _ in range(accounts.FAILURES_PER_LOGIN):
        with pytest.raises(accounts.AccountError):
            accounts.sign_in(store, "lan", "sai-roi", "10.0.0.2", NOW)
    with pytest.raises(accounts.Throttled):
        accounts.sign_in(store, "lan", "mot-mat-khau-dai", "10.0.0.3", NOW)
    later = NOW + accounts.THROTTLE_WINDOW + timedelta(seconds=1)
    assert accounts.sign_in(store, "lan", "mot-mat-khau-dai", "10.0.0.3", later).login == "lan"


def test_throttle_per_address(store: Store) -> None:
    accounts.add(store, "lan", "mot-mat-khau-dai", "clerk", NOW, by="t")
    for i in range(accounts.FAILURES_PER_ADDRESS):
        with pytest.raises(accounts.AccountError):
            accounts.sign_in(store, f"ai-do-{i}", "sai", "10.9.9.9", NOW)
    with pytest.raises(accounts.Throttled):
        accounts.sign_in(store, "lan", "mot-mat-khau-dai", "10.9.9.9", NOW)
    assert accounts.sign_in(store, "lan", "mot-mat-khau-dai", "10.0.0.1", NOW).login == "lan"


def test_roles_decide_what_an_account_may_do(store: Store) -> None:
    clerk = accounts.add(store, "lan", "mot-mat-khau-dai", "clerk", NOW, by="t")
    leader = accounts.add(store, "hung", "mot-mat-khau-dai", "leader", NOW, by="t")
    admin = accounts.add(store, "admin", "mot-mat-khau-dai", "admin", NOW, by="t")
    assert [clerk.may(a) for a in ("review", "approve", "manage")] == [True, False, False]
    assert [leader.may(a) for a in ("review", "approve", "manage")] == [True, True, False]
    assert [admin.may(a) for a in ("review", "approve", "manage")] == [True, False, True]
    accounts.set_disabled(store, "hung", True, NOW, by="admin")
    assert not accounts.find(store, "hung").may("review")  # type: ignore[union-attr]
    with pytest.raises(accounts.AccountError, match="khoá"):
        accounts.sign_in(store, "hung", "mot-mat-khau-dai", "10.0.0.1", NOW)


def test_sessions_expire_go_idle_and_end_with_the_password(store: Store) -> None:
    account = accounts.add(store, "lan", "mot-mat-khau-dai", "clerk", NOW, by="t")
    token, session = sessions.start(store, KEY, account, NOW, hours=10)
    [(kept,)] = store.conn.execute("SELECT token_hash FROM web_sessions").fetchall()
    assert token not in kept and kept == session.token_hash
    idle = timedelta(hours=2)
    assert sessions.find(store, KEY, token, NOW + timedelta(minutes=90), idle) is not None
    assert sessions.find(store, KEY, token, NOW + timedelta(minutes=200), idle) is not None
    assert sessions.find(store, KEY, token, NOW + timedelta(hours=10), idle) is None  # expired
    token, _ = sessions.start(store, KEY, account, NOW, hours=10)
    assert sessions.find(store, KEY, token, NOW + timedelta(hours=3), idle) is None  # idle
    token, _ = sessions.start(store, KEY, account, NOW, hours=10)
    assert sessions.find(store, b"x" * 64, token, NOW, idle) is None  # another key
    accounts.set_password(store, "lan", "mat-khau-moi-hon", NOW, by="admin")
    assert sessions.find(store, KEY, token, NOW, idle) is None


def test_secret_key_is_made_once_and_private(tmp_path: Path) -> None:
    path = tmp_path / "web-secret.key"
    first = sessions.secret_key(path)
    assert sessions.secret_key(path) == first and len(first) >= 32
    assert path.stat().st_mode & 0o777 == 0o600


def _message(html: str, text: str = "") -> ParsedMessage:
    return ParsedMessage(None, "s", "a@b.vn", "", (), None, {}, text, html)


def test_mail_html_is_cleaned_of_everything_that_runs_or_loads() -> None:
    html = (
        "<style>body{background:url(http://x/a.png)}</style>"
        '<p onclick="alert(1)">Số tin, bài: <b>5</b></p><script>alert(2)</script>'
        '<img src="http://tracker.example/p.gif" onerror="alert(3)">'
        '<a href="javascript:alert(4)">x</a><iframe src="http://x"></iframe>'
        '<form action="http://x"><input name=p></form>'
        '<table><tr><td colspan="2" style="x">1.200</td></tr></table>'
    )
    cleaned = mailview.safe_html(_message(html)).lower()
    for bad in ("<script", "onclick", "onerror", "javascript:", "<iframe", "<form", "<img",
                "tracker.example", "url(http", "style=\"x\""):  # fmt: skip
        assert bad not in cleaned, bad
    assert "số tin, bài: <b>5</b>" in cleaned and 'colspan="2"' in cleaned


def test_plain_text_mail_is_escaped() -> None:
    cleaned = mailview.safe_html(_message("", "a <script>alert(1)</script> & b"))
    assert "&lt;script&gt;" in cleaned and "<script>" not in cleaned


def test_attachments_are_found_by_position_only() -> None:
    message = ParsedMessage(
        None, "s", "a@b.vn", "", (), None, {}, "", "",
        (Attachment("../../x.xlsx", "application/vnd.ms-excel", b"1"),),
    )  # fmt: skip
    assert mailview.attachment(message, 0) is not None
    assert mailview.attachment(message, 1) is None and mailview.attachment(message, -1) is None
    assert mailview.files(message)[0].index == 0


@pytest.mark.parametrize("name", ["units.csv", "units.xlsx"])
def test_directory_is_written_back_as_excel_reads_it(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    if name.endswith(".csv"):
        path.write_text(
            "id;code;name;aliases;emails\nthen_sin;03394;Xã Thèn Sin;Then Sin;a@x.vn\n",
            encoding="utf-8-sig",
        )
    units = [
        Unit("then_sin", "Xã Thèn Sin", "03394", ("Xã Thèn Sin", "Then Sin"), ("a@x.vn",),
             "0213 3876 111", "UBND xã Thèn Sin"),
        Unit("ta_leng", "Xã Tả Lèng", "03397", ("Xã Tả Lèng",), ("b@x.vn", "c@x.vn")),
    ]  # fmt: skip
    directory.save(path, units)
    assert list(directory.load(path)) == units
    if name.endswith(".csv"):
        raw = path.read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf") and b"id;code;name" in raw  # its own separator


def test_trend_chart_is_svg_with_gaps_and_escaped_names() -> None:
    svg = charts.trend("Số tin <b>", [("01/02", 4), ("08/02", None), ("15/02", 6), ("22/02", 8)])
    assert svg.startswith("<svg") and svg.endswith("</svg>")
    assert "<b>" not in svg and "&lt;b&gt;" in svg
    assert svg.count("<polyline") == 1  # the gap splits the line; a lone point has none
    assert svg.count("<circle") == 3


# -- the desk's language -----------------------------------------------------------------

WEB_PO = Path(__file__).resolve().parents[1] / "intake" / "locale" / "en" / "LC_MESSAGES"


def _desk_messages() -> set[str]:
    """Every message of the desk: the templates' _() and the modules' tr() and N_()."""
    from babel.messages.extract import extract_from_dir

    root = Path(__file__).resolve().parents[1]
    found: set[str] = set()
    for folder, method in (("intake/web", "python"), ("templates/web", "jinja2")):
        for _, _, message, _, _ in extract_from_dir(
            root / folder,
            method_map=[("**.py" if method == "python" else "**.html", method)],
            options_map={"**.html": {"extensions": "jinja2.ext.i18n"}},
            keywords={"_": None, "tr": None, "N_": None},
        ):
            found.add(message)
    return found


def test_every_word_of_the_desk_has_its_english() -> None:
    from babel.messages.pofile import read_po

    with (WEB_PO / "web.po").open("rb") as f:
        english = {m.id: m.string for m in read_po(f) if m.id}
    messages = _desk_messages()
    assert len(messages) > 200
    assert sorted(m for m in messages if not english.get(m)) == []


def test_the_compiled_english_is_the_one_edited() -> None:
    import gettext

    from babel.messages.pofile import read_po

    with (WEB_PO / "web.po").open("rb") as f:
        edited = {m.id: m.string for m in read_po(f) if m.id}
    with (WEB_PO / "web.mo").open("rb") as f:
        compiled = gettext.GNUTranslations(f)
    assert {k: compiled.gettext(k) for k in edited} == edited


def test_the_desk_speaks_the_language_in_use(tmp_path: Path) -> None:
    from intake import i18n
    from intake.web import board, desk

    try:
        i18n.use("en")
        assert desk.tr("Đăng nhập") == "Sign in"
        assert board.Cell(board.Standing.LATE, 1, timedelta(hours=2)).label == "Late by 2 h"
        page = desk.Desk.make(None, b"k" * 32, lambda: NOW, session_hours=1, idle=timedelta(1),
                              secure_cookies=False)  # type: ignore[arg-type]  # fmt: skip
        html = page.env.get_template("login.html").render(
            me=None, csrf="", office="Sở", done=None, held_count=0, path="/login",
            login_csrf="t", next="/", error="", view=None,
        )  # fmt: skip
        assert "Sign in" in html and "Đăng nhập" not in html
    finally:
        i18n.use("vi")
    assert board.Cell(board.Standing.LATE, 1, timedelta(hours=2)).label == "Muộn 2 giờ"

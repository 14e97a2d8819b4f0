"""Outgoing headers in Vietnamese arrive as they were written."""

from __future__ import annotations

import email
import email.policy
from email.header import decode_header, make_header
from email.headerregistry import Address
from email.message import EmailMessage

from hypothesis import given
from hypothesis import strategies as st

from intake.headers import OUTGOING, encoded_words

VIETNAMESE = (
    "aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
)
SUBJECT = "Re: Báo cáo tuyên truyền trên mạng xã hội, Bluezone - xã Thèn Sin"


def _round_trip(subject: str) -> str:
    message = EmailMessage(policy=OUTGOING)
    message["Subject"] = subject
    message["From"] = Address(display_name="Phòng Văn hóa và Thông tin", addr_spec="vh@x.vn")
    message.set_content("x")
    return email.message_from_bytes(message.as_bytes(), policy=email.policy.default)["Subject"]


def test_a_long_vietnamese_subject_keeps_its_spaces():
    """GIVEN a subject that Python 3.11 folds into "mạng xãhội" WHEN sent THEN it arrives
    whole."""
    assert _round_trip(SUBJECT) == SUBJECT


def test_every_encoded_word_is_within_rfc_2047s_length():
    assert all(len(w) <= 75 for w in encoded_words(SUBJECT * 3))


def test_an_ascii_subject_is_left_to_the_standard_policy():
    message = EmailMessage(policy=OUTGOING)
    message["Subject"] = "Weekly report"
    assert b"Subject: Weekly report" in message.as_bytes()


@given(
    st.lists(
        st.text(alphabet=VIETNAMESE + VIETNAMESE.upper() + "0123456789/-,():", min_size=1),
        min_size=1,
        max_size=20,
    )
)
def test_any_vietnamese_subject_arrives_as_written(words):
    subject = " ".join(words)
    assert _round_trip(subject) == subject


def test_a_stored_message_is_sent_with_its_headers_as_stored():
    """GIVEN an office whose long Vietnamese name makes a From line of encoded words longer
    than 78 characters WHEN the outbox sends the message it stored THEN the headers go out
    as they were stored, not refolded (refolding parsed them again: slow, and it is where
    the standard policy drops spaces)."""
    from intake.outbox import parse

    message = EmailMessage(policy=OUTGOING)
    message["Subject"] = SUBJECT
    name = "Phòng Văn hóa và Thông tin huyện Tam Đường, tỉnh Lai Châu"
    message["From"] = Address(display_name=name, addr_spec="vh@x.vn")
    message.set_content("Đã nhận báo cáo")
    stored = message.as_bytes()
    assert any(len(line) > 78 for line in stored.split(b"\n") if line.startswith(b"From:"))
    sent = parse(stored).as_bytes()
    assert sent == stored
    from_line = next(line for line in sent.split(b"\n") if line.startswith(b"From:"))
    decoded = str(make_header(decode_header(from_line[5:].decode("ascii"))))
    assert decoded == f"{name} <vh@x.vn>"  # refolded, it read "Tam  Đường"

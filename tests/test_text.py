"""intake.text: NFC, accent folding that keeps positions, label keys and alias patterns."""

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from intake.text import alias_pattern, fold, fold_chars, fold_key, nfc

VIETNAMESE_LETTERS = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ"
ALL_VIETNAMESE_LETTERS = VIETNAMESE_LETTERS + VIETNAMESE_LETTERS.upper() + "\u00d0"


def nfd(s: str) -> str:
    return unicodedata.normalize("NFD", s)


# --- nfc ---------------------------------------------------------------------


def test_nfc_composes_decomposed_text():
    assert nfd("Báo cáo số tin, bài") != "Báo cáo số tin, bài"
    assert nfc(nfd("Báo cáo số tin, bài")) == "Báo cáo số tin, bài"


def test_nfc_maps_latin_eth_from_legacy_converters_to_d_with_stroke():
    assert nfc("\u00d0ộ dài") == "\u0110ộ dài"


# --- fold --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Số tin, bài: 12", "so tin, bai: 12"),
        ("ĐỘ DÀI: 1 GIỜ 15 PHÚT", "do dai: 1 gio 15 phut"),
        ("Độ dài", "do dai"),  # đ/Đ are not decomposable: an explicit map
        ("\u00d0ộ dài", "do dai"),  # Latin ETH from a legacy converter
        ("Nậm Chà, Mường Kim", "nam cha, muong kim"),
        ("hoà hòa khoẻ khỏe", "hoa hoa khoe khoe"),
        ("ước khoảng 3.500 người", "uoc khoang 3.500 nguoi"),
        ("already plain", "already plain"),
    ],
)
def test_fold(text, folded):
    assert fold(text) == folded


def test_fold_of_decomposed_input_is_the_fold_of_composed_input():
    assert fold(nfd("Thời lượng: 45 phút")) == "thoi luong: 45 phut"


@pytest.mark.parametrize(
    ("char", "folded"),
    [
        ("\u0130", "i"),  # İ: lower() would give two characters, NFD + strip gives one
        ("\u1e9e", "ß"),  # capital sharp s: lowercased, one character
        ("ß", "ß"),  # upper() would be "SS"; fold keeps it
        ("가", "가"),  # Hangul: NFD is two jamo, so it stays as it is
        ("ﬁ", "ﬁ"),  # ligature: only compatibility decomposition, kept
    ],
)
def test_fold_keeps_the_length_of_characters_that_would_change_it(char, folded):
    assert fold(char) == folded


def test_fold_turns_an_accent_nfc_cannot_attach_into_an_invisible_joiner():
    # "đ" has no precomposed form with an acute accent, so NFC leaves U+0301 alone.
    assert nfc("đ\u0301") == "đ\u0301"
    assert fold("đ\u0301") == "d\u034f"
    assert fold(fold("đ\u0301")) == "d\u034f"


def test_a_match_in_the_folded_text_is_at_the_same_place_in_the_original():
    original = nfc(nfd("Tổng thời lượng: 1 giờ 15 phút; số lượt: 21"))
    folded = fold(original)
    start = folded.index("so luot")
    assert original[start : start + len("số lượt")] == "số lượt"
    number = folded.index("21")
    assert original[number : number + 2] == "21"


def test_fold_chars_does_not_normalise_so_positions_follow_the_given_text():
    decomposed = nfd("số 12")
    assert len(fold_chars(decomposed)) == len(decomposed)
    assert fold_chars(decomposed).endswith("12")


@given(st.text())
def test_fold_has_the_length_of_nfc(s):
    assert len(fold(s)) == len(nfc(s))


@given(st.text())
def test_fold_is_idempotent(s):
    assert fold(fold(s)) == fold(s)


@given(st.text())
def test_decomposed_input_folds_like_composed_input(s):
    assert fold(nfd(s)) == fold(nfc(s)) == fold(s)


@given(st.text(alphabet=ALL_VIETNAMESE_LETTERS + " ,.:0123456789", min_size=1))
def test_fold_of_vietnamese_text_is_lowercase_ascii(s):
    folded = fold(s)
    assert folded.isascii()
    assert folded == folded.lower()


@given(st.text(alphabet=ALL_VIETNAMESE_LETTERS + " "))
def test_fold_of_vietnamese_text_is_the_same_as_for_decomposed_input(s):
    assert fold(nfd(s)) == fold(s)


# --- fold_key ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Số tin, bài:", "so tin bai"),
        ("  Số   tin -- bài ", "so tin bai"),
        ("Thời lượng (phút)", "thoi luong phut"),
        ("so_tin_bai", "so tin bai"),
        ("Số lượt phát sóng/tuần", "so luot phat song tuan"),
        (" :-) ", ""),
    ],
)
def test_fold_key(text, key):
    assert fold_key(text) == key


@given(st.text())
def test_fold_key_is_a_fixed_point(s):
    assert fold_key(fold_key(s)) == fold_key(s)


# --- alias_pattern -----------------------------------------------------------


@pytest.mark.parametrize(
    ("alias", "text"),
    [
        ("so tin bai", "so tin, bai: 12"),
        ("so tin bai", "so  tin-bai 12"),
        ("Số tin, bài", "1. so tin bai: 12"),
        ("Số tin, bài", "(so tin / bai)"),
        ("tin", "so tin: 3"),
        ("tin", "tin_bai"),  # "_" separates, like punctuation
        ("Thời lượng (phút)", "thoi luong - phut: 45"),
    ],
)
def test_alias_pattern_matches_the_alias_in_folded_text(alias, text):
    assert alias_pattern(alias).search(text)


@pytest.mark.parametrize(
    ("alias", "text"),
    [
        ("tin", "thong tinh"),  # not inside another word
        ("tin", "xtin"),
        ("so tin bai", "so tin"),
        ("so tin bai", "so tinbai"),
        ("luot", "luot2"),  # a digit is part of the word
        ("Số tin", "Số tin"),  # patterns are for folded text, not the original
    ],
)
def test_alias_pattern_only_matches_whole_words(alias, text):
    assert alias_pattern(alias).search(text) is None


def test_alias_pattern_span_is_the_span_in_the_original():
    line = nfc("1. Số tin, bài phát sóng: 12")
    match = alias_pattern("so tin bai").search(fold(line))
    assert match is not None
    assert line[match.start() : match.end()] == "Số tin, bài"


def test_alias_pattern_rejects_an_alias_without_letters_or_digits():
    with pytest.raises(ValueError, match="no letter or digit"):
        alias_pattern(" :: ")


@given(
    st.lists(
        st.text(alphabet=VIETNAMESE_LETTERS + "0123456789", min_size=1, max_size=8),
        min_size=1,
        max_size=4,
    ),
    st.lists(st.sampled_from([" ", ", ", "-", " / ", ": ", "_"]), min_size=3, max_size=3),
)
def test_alias_pattern_finds_the_alias_written_with_any_separators(words, separators):
    written = "".join(w + separators[i % 3] for i, w in enumerate(words)).rstrip(" ,-/:_")
    line = f"xx, {written}: 12"
    match = alias_pattern(" ".join(words)).search(fold(line))
    assert match is not None
    assert match.start() == 4
    assert fold_key(line[match.start() : match.end()]) == fold_key(written)

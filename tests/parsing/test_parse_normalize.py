"""Normalisation: Unicode forms, tone placement, look-alikes, invisible characters."""

from __future__ import annotations

import unicodedata

from bot.parsing.normalize import clean, fold, word_forms, words


def test_nfc_and_nfd_give_the_same_words() -> None:
    text = "Giải quyết việc làm cho 105 lao động"
    nfd = unicodedata.normalize("NFD", text)
    assert [w.key for w in words(clean(text))] == [w.key for w in words(clean(nfd))]


def test_old_and_new_tone_placement_share_a_key() -> None:
    assert word_forms("hoà")[1] == word_forms("hòa")[1]
    assert word_forms("thuỷ")[1] == word_forms("thủy")[1]
    assert word_forms("khoẻ")[1] == word_forms("khỏe")[1]


def test_folding_collides_but_keys_do_not() -> None:
    assert word_forms("trồng")[0] == word_forms("trong")[0]
    assert word_forms("trồng")[1] != word_forms("trong")[1]
    assert word_forms("toán")[1] != word_forms("toàn")[1]


def test_d_lookalikes_zero_width_emoji_and_case() -> None:
    text = "\u00d0ẠT 5\u200b0% 👍\ufe0f\r\nxong"
    cleaned = clean(text)
    assert cleaned.startswith("đạt 50%")
    assert "\n" in cleaned
    assert fold(cleaned).split() == ["dat", "50%", "xong"]


def test_fold_keeps_offsets() -> None:
    text = clean("Đường GTNT hoàn thành 12 km")
    assert len(fold(text)) == len(text)

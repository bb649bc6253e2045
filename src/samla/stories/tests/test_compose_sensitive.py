"""sensitive.py: words hinting at health or other special-category details, in four languages."""

from __future__ import annotations

import pytest

from samla.stories.sensitive import Category, find_sensitive, has_sensitive


def words(text: str) -> list[str]:
    return [f.word for f in find_sensitive(text)]


@pytest.mark.parametrize(
    ("text", "word", "category"),
    [
        # English, inflected
        ("She was on sick leave for a month.", "sick leave", Category.HEALTH),
        ("He got his diagnosis in May.", "diagnosis", Category.HEALTH),
        ("They were diagnosed late.", "diagnosed", Category.HEALTH),
        ("After her pregnancy she came back.", "pregnancy", Category.HEALTH),
        ("My mental health suffered.", "health", Category.HEALTH),
        ("Their religious holidays collided with the launch.", "religious", Category.RELIGION),
        ("Two trade unions were involved.", "trade unions", Category.UNION),
        ("Her union membership came up.", "union membership", Category.UNION),
        ("People of every ethnicity.", "ethnicity", Category.ETHNICITY),
        ("His sexual orientation is not our business.", "sexual", Category.SEXUALITY),
        # Danish
        ("Hun var sygemeldt i tre uger.", "sygemeldt", Category.HEALTH),
        ("Han var langtidssygemeldt.", "langtidssygemeldt", Category.HEALTH),
        ("Sygdommen kom bag på os.", "Sygdommen", Category.HEALTH),
        ("Diagnosen var stress.", "Diagnosen", Category.HEALTH),
        ("Hun er gravid.", "gravid", Category.HEALTH),
        ("Graviditeten gjorde planen svær.", "Graviditeten", Category.HEALTH),
        ("Fagforeningen blev involveret.", "Fagforeningen", Category.UNION),
        ("hans etniske baggrund", "etniske", Category.ETHNICITY),
        ("Religionen fyldte meget.", "Religionen", Category.RELIGION),
        ("seksuel orientering", "seksuel", Category.SEXUALITY),
        # Swedish
        ("Hon var sjukskriven hela våren.", "sjukskriven", Category.HEALTH),
        ("Sjukskrivningen blev lång.", "Sjukskrivningen", Category.HEALTH),
        ("Diagnoserna kom sent.", "Diagnoserna", Category.HEALTH),
        ("facket ville förhandla", "facket", Category.UNION),
        ("Fackförbundet sade nej.", "Fackförbundet", Category.UNION),
        ("sexuell läggning", "sexuell", Category.SEXUALITY),
        ("etnicitet", "etnicitet", Category.ETHNICITY),
        # Norwegian
        ("Han var sykemeldt i to uker.", "sykemeldt", Category.HEALTH),
        ("Sykefraværet økte.", "Sykefraværet", Category.HEALTH),
        ("helseproblemer", "helseproblemer", Category.HEALTH),
        ("Fagforbundet var med.", "Fagforbundet", Category.UNION),
        ("religiøs overbevisning", "religiøs", Category.RELIGION),
        ("seksuell legning", "seksuell", Category.SEXUALITY),
    ],
)
def test_finds_special_category_words(text: str, word: str, category: Category) -> None:
    found = find_sensitive(text)
    assert [(f.word, f.category) for f in found][:1] == [(word, category)]


@pytest.mark.parametrize(
    "text",
    [
        "We moved the weekly meeting to Tuesdays and it worked better.",
        "Vi flyttede det ugentlige møde til tirsdag.",
        "Vi cyklade till jobbet. Jeg syklet til jobben med sykkelen.",
        "The health check endpoint returned 200; the team is healthy.",
        "Our union of two data sets gave the answer.",
        "We raced to finish; a race condition in the code bit us.",
        "",
    ],
)
def test_ordinary_workplace_text_is_not_flagged(text: str) -> None:
    assert find_sensitive(text) == []
    assert not has_sensitive(text)


def test_each_word_is_reported_once_in_order() -> None:
    text = "Diagnosis first. Then sick leave. Then another diagnosis, and the DIAGNOSIS again."
    assert words(text) == ["Diagnosis", "sick leave"]


def test_case_and_unicode_forms_do_not_hide_a_word() -> None:
    assert words("SJUKSKRIVEN") == ["SJUKSKRIVEN"]
    # A decomposed "å" (a + combining ring) is composed before matching.
    assert words("a\u030angest") == ["\u00e5ngest"]
